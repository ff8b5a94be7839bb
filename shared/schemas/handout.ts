import * as z from "./z.ts";

/** The languages a handout is written in (query `lang`), German first. */
export const HANDOUT_LANGUAGES = ["de", "en", "ar", "uk", "ru", "tr", "fa"] as const;
export type HandoutLanguage = (typeof HANDOUT_LANGUAGES)[number];

/** GET /candidates/{id}/handout?lang=…: the language of the page, German unless asked otherwise. */
export const handoutQuery = z.strictObject({
  lang: z._default(
    z.enum(HANDOUT_LANGUAGES, `Unbekannte Sprache; unterstützt: ${HANDOUT_LANGUAGES.join(", ")}`),
    "de",
  ),
});
