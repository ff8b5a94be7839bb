import { num } from "./format.ts";

/**
 * A count with its noun in the right German form: `count(1, "Zeile", "Zeilen")` → "1 Zeile",
 * `count(3, …)` → "3 Zeilen". Intl.PluralRules picks the form, so "1 Qualifizierungen" cannot happen.
 */
const rules = new Intl.PluralRules("de-DE");

export function noun(n: number, one: string, other: string): string {
  return rules.select(n) === "one" ? one : other;
}

export function count(n: number, one: string, other: string): string {
  return `${num(n)} ${noun(n, one, other)}`;
}

/** The nouns the pages count, singular and plural, so every page says them the same way. */
export const NOUNS = {
  offer: ["Qualifizierung", "Qualifizierungen"],
  place: ["Mentoringplatz", "Mentoringplätze"],
  seat: ["Platz", "Plätzen"],
  seatNominative: ["Platz", "Plätze"],
  row: ["Zeile", "Zeilen"],
  hit: ["Treffer", "Treffer"],
  onlineOffer: ["Online-Angebot", "Online-Angebote"],
  candidate: ["Kandidat:in", "Kandidat:innen"],
} as const satisfies Record<string, readonly [string, string]>;

export const counted = (n: number, key: keyof typeof NOUNS) => count(n, NOUNS[key][0], NOUNS[key][1]);
