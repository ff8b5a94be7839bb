import { type HandoutLanguage, LOCALES } from "./languages.ts";

/** Dates, numbers and lists as the handout's language writes them (Intl, the language's locale). */
export function formatters(lang: HandoutLanguage) {
  const locale = LOCALES[lang];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const unit = (name: string, display: "short" | "long") =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: display,
      maximumFractionDigits: 1,
    });
  const km = unit("kilometer", "short");
  const weeks = unit("week", "long");
  const hours = unit("hour", "long");
  const numbers = new Intl.NumberFormat(locale);
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    /** An ISO date (YYYY-MM-DD, or a timestamp) as a calendar day, whatever the server's time zone. */
    date: (iso: string) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    km: (n: number) => km.format(n),
    weeks: (n: number) => weeks.format(n),
    hours: (n: number) => hours.format(n),
    number: (n: number) => numbers.format(n),
    euros: (n: number) => euros.format(n),
    languages: (codes: readonly string[]) => lists.format(codes.map((c) => languageNames.of(c) ?? c)),
    list: (items: readonly string[]) => lists.format(items),
  };
}

export type Formatters = ReturnType<typeof formatters>;
