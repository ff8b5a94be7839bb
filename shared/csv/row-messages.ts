import de from "zod/v4/locales/de.js";
import type * as z from "../schemas/z.ts";

/** zod's own German texts ("Zu klein: erwartet, dass number >=1 ist"): recognised to be replaced. */
const zodText = de().localeError;

/** "A1, A2 oder B1": a list as a sentence says it. */
export function orList(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} oder ${words.at(-1)}` : (words[0] ?? "");
}

/** The unit a length counts in, as a person filling a spreadsheet cell thinks of it. */
const UNITS: Record<string, [one: string, many: string]> = {
  string: ["Zeichen", "Zeichen"],
  array: ["Eintrag", "Einträge"],
};

function bound(word: "mindestens" | "höchstens", origin: string, limit: number | bigint, inclusive = true) {
  const unit = UNITS[origin];
  if (unit) return `${word} ${limit} ${Number(limit) === 1 ? unit[0] : unit[1]}`;
  if (inclusive) return `${word} ${limit}`;
  return word === "mindestens" ? `größer als ${limit}` : `kleiner als ${limit}`;
}

const FORMATS: Record<string, string> = {
  email: "keine gültige E-Mail-Adresse, z. B. name@example.org",
  url: "keine gültige Internetadresse, z. B. https://example.org",
  date: "kein Datum; erwartet TT.MM.JJJJ, z. B. 01.03.2027",
};

/**
 * A schema problem of one CSV cell in plain German, to be shown after its column header
 * ("Plätze: mindestens 1", "Deutschniveau: A1, A2, B1, B2, C1 oder C2"). The schemas' own
 * messages ("KldB-Berufsgattung: fünf Ziffern …") are kept; only zod's generic texts are replaced.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_type" && issue.message !== zodText(issue as never)) return issue.message;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "darf nicht leer sein";
      return bound("mindestens", issue.origin, issue.minimum, issue.inclusive);
    case "too_big":
      return bound("höchstens", issue.origin, issue.maximum, issue.inclusive);
    case "invalid_value":
      return issue.values.length === 1 ? `nur ${String(issue.values[0])}` : orList(issue.values);
    case "invalid_format":
      return FORMATS[issue.format] ?? "Format ungültig";
    case "invalid_type":
      return issue.expected === "number" ? "keine Zahl" : "Wert ungültig";
    default:
      return "Wert ungültig";
  }
}
