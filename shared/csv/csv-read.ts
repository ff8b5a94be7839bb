import { CsvError, parse } from "csv-parse/sync";
import { unreadableFile } from "./import-errors.ts";

export interface CsvRecord {
  /** The row number Excel shows (the header is row 1; a cell with line breaks is still one row). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  /** Data rows; rows with only empty cells are left out (their numbers stay taken). */
  records: CsvRecord[];
}

const DELIMITERS = [";", ",", "\t"];

/** The separator the header row uses most, outside quotes: Excel writes `;` in Germany, `,` elsewhere. */
export function detectDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best = ";", count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count > 0 ? best : ";";
}

const QUOTE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen.",
  CSV_INVALID_CLOSING_QUOTE: "Nach einem schließenden Anführungszeichen folgt kein Trennzeichen.",
};

/** Parses with csv-parse: quoted fields with separators, quotes and line breaks; CRLF, LF or CR. */
export function readCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const records = Number(error.records ?? 0);
    const message = QUOTE_ERRORS[error.code] ?? `Die Datei ist kein gültiges CSV (${error.code}).`;
    throw unreadableFile(message, [{ row: records + 1, column: "", message }]);
  }
  const [header, ...data] = rows;
  if (!header || header.every((cell) => cell.trim() === ""))
    throw unreadableFile("Die erste Zeile muss die Spaltenüberschriften enthalten.");
  return {
    delimiter,
    header,
    records: data
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== "")),
  };
}
