import { isKnownLanguage, languageCodeOf } from "../domain/language-names.ts";
import { echo } from "./import-errors.ts";

/**
 * How one kind of value looks in a spreadsheet cell, both ways: `read` turns what Excel or
 * LibreOffice wrote into the API value (undefined for a blank cell) or throws a CellError with a
 * German message; `write` turns a stored value into the cell text the import reads back unchanged.
 */
export interface CellFormat {
  read(cell: string): unknown;
  write(value: unknown): string;
}

export class CellError extends Error {}

const isBlank = (cell: string) => cell.trim() === "";
const show = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** Free text; cell line breaks as "\n" whatever the file used. `blank` is what an empty cell means. */
export const text = (blank?: ""): CellFormat => ({
  read: (cell) => (isBlank(cell) ? blank : cell.replace(/\r\n?/g, "\n")),
  write: show,
});

/**
 * "1.234,5" (German), "1234,5" and "1234.5" all mean 1234.5; "1.500" is German for 1500. A minus
 * sign is read too: the column's schema then names its bound ("mindestens 1"), not "keine Zahl".
 */
function parseNumber(cell: string): number {
  const compact = cell.replace(/[\s€]/g, "").replace(/^[-−–]/, "-");
  const digits = compact.replace(/^-/, "");
  // 0 - x, not -x: "-0" reads as 0.
  const signed = (value: number) => (digits === compact ? value : 0 - value);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$/.test(digits))
    return signed(Number(digits.replaceAll(".", "").replace(",", ".")));
  if (/^\d+\.\d+$/.test(digits)) return signed(Number(digits));
  throw new CellError(`${echo(cell)} ist keine Zahl`);
}

export const integer: CellFormat = {
  read: (cell) => {
    if (isBlank(cell)) return undefined;
    const value = parseNumber(cell);
    if (!Number.isInteger(value)) throw new CellError(`${echo(cell)} ist keine ganze Zahl`);
    return value;
  },
  write: show,
};

/** Written with a decimal comma, as German Excel shows and saves it. */
export const decimal: CellFormat = {
  read: (cell) => (isBlank(cell) ? undefined : parseNumber(cell)),
  write: (value) => show(value).replace(".", ","),
};

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?: 00:00(?::00)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `01.03.2027`, `1.3.27` or `2027-03-01` → "2027-03-01"; written as `01.03.2027`. */
export const date: CellFormat = {
  read: (cell) => {
    if (isBlank(cell)) return undefined;
    const trimmed = cell.trim();
    const german = GERMAN_DATE.exec(trimmed);
    const iso = ISO_DATE.exec(trimmed);
    const [year, month, day] = german
      ? [
          Number(german[3]) + ((german[3] ?? "").length === 2 ? 2000 : 0),
          Number(german[2]),
          Number(german[1]),
        ]
      : iso
        ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
        : [NaN, NaN, NaN];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day)
      throw new CellError(`${echo(trimmed)} ist kein Datum; erwartet TT.MM.JJJJ, z. B. 01.03.2027`);
    return parsed.toISOString().slice(0, 10);
  },
  write: (value) => (typeof value === "string" ? value.split("-").reverse().join(".") : ""),
};

const YES = new Set(["ja", "j", "x", "wahr", "true", "1"]);
const NO = new Set(["nein", "n", "falsch", "false", "0"]);

/** `ja`/`nein` (Excel's WAHR/FALSCH and x/1/0 are understood too). */
export const yesNo: CellFormat = {
  read: (cell) => {
    const word = cell.trim().toLowerCase();
    if (word === "") return undefined;
    if (YES.has(word) || NO.has(word)) return YES.has(word);
    throw new CellError(`${echo(cell)}: bitte ja oder nein`);
  },
  write: (value) => (value === undefined ? "" : value ? "ja" : "nein"),
};

/** Excel turns "01067" into 1067: a postal code or KldB code of four digits gets its zero back. */
const fiveDigits = (value: string) => (/^\d{4}$/.test(value) ? `0${value}` : value);

export const code: CellFormat = {
  read: (cell) => (isBlank(cell) ? undefined : fiveDigits(cell.trim())),
  write: show,
};

export const upperCase: CellFormat = {
  read: (cell) => (isBlank(cell) ? undefined : cell.trim().toUpperCase()),
  write: show,
};

const normalise = (label: string) => label.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Labels of files written by earlier templates: `aliases` (old label → value) still read as that
 * value; `dropped` labels name a value that no longer exists and are read as nothing.
 */
export interface OldLabels {
  aliases?: Readonly<Record<string, string>>;
  dropped?: readonly string[];
}

/** One of fixed values, written as its German label; the label or the API value is read. */
export function choice(labels: Readonly<Record<string, string>>, old: OldLabels = {}): CellFormat {
  const byLabel = new Map<string, string>();
  for (const [label, value] of Object.entries(old.aliases ?? {})) byLabel.set(normalise(label), value);
  for (const [value, label] of Object.entries(labels)) {
    byLabel.set(normalise(label), value);
    byLabel.set(normalise(value), value);
  }
  const dropped = new Set((old.dropped ?? []).map(normalise));
  return {
    read: (cell) => {
      if (isBlank(cell) || dropped.has(normalise(cell))) return undefined;
      const value = byLabel.get(normalise(cell));
      if (value === undefined)
        throw new CellError(`${echo(cell)} ist unbekannt; erlaubt: ${Object.values(labels).join(", ")}`);
      return value;
    },
    write: (value) => (typeof value === "string" ? (labels[value] ?? value) : ""),
  };
}

/** Several values in one cell, separated by commas (semicolons and line breaks are read too). */
export function listOf(item: CellFormat): CellFormat {
  return {
    read: (cell) =>
      cell
        .split(/[,;\n]/)
        .filter((part) => !isBlank(part))
        .map((part) => item.read(part))
        .filter((value) => value !== undefined),
    write: (value) => (Array.isArray(value) ? value.map((v) => item.write(v)).join(", ") : ""),
  };
}

/**
 * A language as its ISO 639-1 code ("ar") or German name ("Arabisch"); written as the code. Only
 * the languages the pages offer: "xx" is a typo, not a language.
 */
export const language: CellFormat = {
  read: (cell) => {
    if (isBlank(cell)) return undefined;
    const word = cell.trim().toLowerCase();
    const iso = isKnownLanguage(word) ? word : languageCodeOf(word);
    if (iso === undefined)
      throw new CellError(
        `${echo(cell)} ist keine bekannte Sprache; bitte ISO-Code (z. B. ar, uk) oder deutscher Name (z. B. Arabisch, Ukrainisch)`,
      );
    return iso;
  },
  write: show,
};
