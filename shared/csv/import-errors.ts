import { DomainError, PayloadTooLargeError } from "../domain/errors.ts";

/** One problem in the file: `row` as Excel numbers it (header = 1), `column` its German header. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** Enough to fix a file; a file with more broken rows is usually broken as a whole. */
const MAX_REPORTED = 500;

const byPosition = (a: RowError, b: RowError) => a.row - b.row;

/** 422: the listed rows are invalid; nothing was written. */
export function invalidRows(errors: RowError[]): DomainError {
  const rows = new Set(errors.map((e) => e.row)).size;
  const shown = errors.length > MAX_REPORTED ? ` (die ersten ${MAX_REPORTED} Fehler)` : "";
  return new DomainError(
    422,
    "invalid-rows",
    "Ungültige Zeilen",
    `${rows === 1 ? "1 Zeile ist" : `${rows} Zeilen sind`} ungültig${shown}; es wurde nichts gespeichert.`,
    { errors: [...errors].sort(byPosition).slice(0, MAX_REPORTED) },
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
