import { orgListingsFrom } from "../db/listing-export.ts";
import type { ColumnSet } from "../csv/column-set.ts";
import { exportHeader, exportRow } from "../csv/export-csv.ts";
import type { Deps } from "../runtime.ts";
import type { ListingResource } from "./listing-resources.ts";

/** One page of an export: CSV text to append to the previous pages, and where the next one starts. */
export interface ExportPage {
  csv: string;
  rows: number;
  nextCursor?: string;
}

/**
 * One page of an organisation's items in the import format, oldest first, at most `maxBytes` of
 * UTF-8 (a single larger row still goes out alone). A Lambda answer is limited to 6 MB, so a big
 * organisation's export comes in pages that the caller concatenates: the first page (no cursor)
 * starts with BOM and header, later pages hold rows only.
 */
export async function exportPage(
  deps: Deps,
  resource: ListingResource,
  set: ColumnSet,
  org: string,
  request: { cursor: string | undefined; maxBytes: number },
): Promise<ExportPage> {
  const parts = request.cursor ? [] : [exportHeader(set)];
  let bytes = Buffer.byteLength(parts[0] ?? "");
  let rows = 0;
  let last: string | undefined;
  for await (const { item, after } of orgListingsFrom(deps, resource.kind, org, request.cursor)) {
    const row = exportRow(set, item);
    const size = Buffer.byteLength(row);
    if (rows > 0 && bytes + size > request.maxBytes) return { csv: parts.join(""), rows, nextCursor: last };
    parts.push(row);
    bytes += size;
    rows += 1;
    last = after;
  }
  return { csv: parts.join(""), rows };
}
