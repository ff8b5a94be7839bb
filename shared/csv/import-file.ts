import { type CsvTable, readCsv } from "./csv-read.ts";
import { decodeCsv } from "./csv-decode.ts";
import { tooManyRows, unsupportedMediaType } from "./import-errors.ts";
import type { ImportLimits } from "./limits.ts";

/** Content types a CSV upload arrives with (browsers send Excel's for .csv on Windows). */
const NOT_CSV = /^\s*(application\/(?:[\w.-]+\+)?json|multipart\/|application\/x-www-form-urlencoded)/i;

/** The request as API Gateway hands it to the function (payload v2). */
export interface Upload {
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded: boolean;
}

/**
 * The uploaded CSV of an import request as a table. API Gateway hands a text/csv body to the
 * function base64-encoded (isBase64Encoded), so the bytes are restored before the encoding is
 * detected. The byte limit is apiHandler's (maxBodyBytes); more rows than allowed answer 413.
 */
export function readImportFile(event: Upload, limits: Pick<ImportLimits, "maxRows">): CsvTable {
  const type = event.headers?.["content-type"] ?? "";
  if (NOT_CSV.test(type)) throw unsupportedMediaType(type.split(";")[0] ?? type);
  const body = event.body ?? "";
  const bytes = Buffer.from(body, event.isBase64Encoded ? "base64" : "utf8");
  const table = readCsv(decodeCsv(bytes));
  if (table.records.length > limits.maxRows) throw tooManyRows(table.records.length, limits.maxRows);
  return table;
}
