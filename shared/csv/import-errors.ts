import { DomainError, PayloadTooLargeError } from "../domain/errors.ts";

/** One problem in the file: `row` as Excel numbers it (header = 1), `column` its German header. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/**
 * Enough to fix a file; a file with more broken rows is usually broken as a whole. The rest is
 * only counted (`moreErrors`): 5,000 rows of 10 KB cells must still answer a small 422.
 */
export const MAX_REPORTED = 100;
/** A cell quoted in a message is cut to this many characters: the row and column say where it is. */
export const MAX_ECHO = 80;
/** Bounds for any message or header text, whatever produced it (zod, reference data). */
const MAX_MESSAGE = 300;
const MAX_COLUMN = 100;

/** `text` cut to `max` characters, ending in "…" when cut. */
export const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A cell's content quoted in a message: „…“, at most MAX_ECHO characters. */
export const echo = (cell: string) => `„${cut(cell.trim(), MAX_ECHO)}“`;

const byPosition = (a: RowError, b: RowError) => a.row - b.row;

/** 422: the listed rows are invalid; nothing was written. The first MAX_REPORTED errors are listed. */
export function invalidRows(errors: RowError[]): DomainError {
  const rows = new Set(errors.map((e) => e.row)).size;
  const moreErrors = Math.max(0, errors.length - MAX_REPORTED);
  const shown = moreErrors
    ? ` Gezeigt werden die ersten ${MAX_REPORTED} von ${errors.length.toLocaleString("de-DE")} Fehlern.`
    : "";
  const listed = [...errors]
    .sort(byPosition)
    .slice(0, MAX_REPORTED)
    .map((e) => ({ row: e.row, column: cut(e.column, MAX_COLUMN), message: cut(e.message, MAX_MESSAGE) }));
  return new DomainError(
    422,
    "invalid-rows",
    "Ungültige Zeilen",
    `${rows === 1 ? "1 Zeile ist" : `${rows.toLocaleString("de-DE")} Zeilen sind`} ungültig; es wurde nichts gespeichert.${shown}`,
    { errors: listed, ...(moreErrors && { moreErrors }) },
  );
}

/** 422: the file as a whole cannot be read (encoding, .xlsx, unclosed quote, no header). */
export const unreadableFile = (detail: string, errors: RowError[] = []) =>
  new DomainError(422, "unreadable-file", "Datei nicht lesbar", detail, { errors });

export const unsupportedMediaType = (type: string) =>
  new DomainError(
    415,
    "unsupported-media-type",
    "Falscher Inhaltstyp",
    `Erwartet wird eine CSV-Datei als Body (Content-Type text/csv), nicht ${type}.`,
  );

export const tooManyRows = (rows: number, limit: number) =>
  new PayloadTooLargeError(
    `Die Datei hat ${rows.toLocaleString("de-DE")} Zeilen; höchstens ${limit.toLocaleString("de-DE")} ` +
      "je Import. Bitte in mehrere Dateien aufteilen (oder npm run import verwenden, das in Teilen sendet).",
  );

/** 503: the write budget ran out; the written rows stay, a re-run of the same file completes it. */
export function importIncomplete(
  rows: number,
  counts: { created: number; updated: number; unchanged: number },
) {
  const done = counts.created + counts.updated + counts.unchanged;
  return new DomainError(
    503,
    "import-incomplete",
    "Import nicht abgeschlossen",
    `Zeitlimit erreicht: ${done} von ${rows} Zeilen verarbeitet. Bitte dieselbe Datei noch einmal ` +
      "importieren: verarbeitete Zeilen bleiben unverändert, die übrigen werden ergänzt.",
    { rows, ...counts },
  );
}
