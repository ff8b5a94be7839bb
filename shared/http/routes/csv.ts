import { IMPORT_LIMITS } from "../../csv/limits.ts";
import { exportQuery, importQuery, importResult } from "../../schemas/import.ts";
import { csvFile } from "../../schemas/media.ts";
import type { Role } from "../principal.ts";
import { WRITERS } from "./listing-routes.ts";

/** CSV import/export in the "imports" group: csv-parse stays out of the listing functions, and it gets a longer timeout. */
function csvRoutes<const B extends string>(base: B, writers: readonly Role[]) {
  const own = { group: "imports", auth: "required" as const, roles: writers };
  return [
    {
      method: "POST",
      path: `${base}/import`,
      ...own,
      summary:
        "Import a CSV file (text/csv, as Excel writes it), keyed by Externe ID: all rows valid or nothing written (422 lists row, column, message)",
      query: importQuery,
      response: importResult,
      maxBodyBytes: IMPORT_LIMITS.maxBytes,
    },
    {
      method: "GET",
      path: `${base}/export`,
      ...own,
      summary:
        "The organisation's items as CSV in the import format (UTF-8 with BOM, `;`), in pages of at most 4 MB: while X-Next-Cursor is sent, ask again with `cursor` and append the rows (only the first page has BOM and header)",
      query: exportQuery,
      response: csvFile,
    },
    {
      method: "GET",
      path: `${base}/import-template`,
      group: "imports",
      auth: "none",
      summary: "The CSV template: header row and one example row",
      response: csvFile,
    },
  ] as const;
}

export const CSV_ROUTES = [
  ...csvRoutes("/mentoring-places", WRITERS.place),
  ...csvRoutes("/qualification-offers", WRITERS.offer),
] as const;
