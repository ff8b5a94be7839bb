import type { HandoutLanguage } from "../schemas/handout.ts";

// The languages are the API's vocabulary (query `lang`, schemas/handout.ts); how each is written lives here.
export { HANDOUT_LANGUAGES, type HandoutLanguage } from "../schemas/handout.ts";

/**
 * The locale that formats dates and numbers. Farsi keeps the Gregorian calendar (Persian digits
 * and month names): the dates on a handout must be the ones in the provider's German letters.
 */
export const LOCALES: Record<HandoutLanguage, string> = {
  de: "de-DE",
  en: "en-GB",
  ar: "ar",
  uk: "uk-UA",
  ru: "ru-RU",
  tr: "tr-TR",
  fa: "fa-IR-u-ca-gregory",
};

const RIGHT_TO_LEFT: ReadonlySet<HandoutLanguage> = new Set(["ar", "fa"]);

export const direction = (lang: HandoutLanguage): "rtl" | "ltr" => (RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr");
