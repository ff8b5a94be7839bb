import { stringify } from "csv-stringify/sync";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/**
 * A cell starting with = + - @ (or tab/CR) is a formula to Excel: written with a leading
 * apostrophe, so opening an export never runs one; the import drops that apostrophe again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
export const unguardFormula = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/**
 * CSV as German Excel opens it by double-click: UTF-8 with BOM (umlauts), `;`, CRLF. `bom: false`
 * writes rows that continue a file (the later pages of a paged export).
 */
export function writeCsv(rows: readonly (readonly string[])[], { bom = true } = {}): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    // Line breaks inside a cell need quotes too, also a lone "\n" in a CRLF file.
    { delimiter: ";", record_delimiter: "windows", bom, quoted_match: /[\r\n]/ },
  );
}

export const csvResponse = (csv: string, fileName: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${fileName}"`,
  },
  body: csv,
});
