import { externalIdOf } from "../db/listing-import.ts";
import type { Listing } from "../domain/listing.ts";
import { type ColumnSet, getPath } from "./column-set.ts";
import { writeCsv } from "./csv-write.ts";

/** The first lines of an export: BOM and the header row. */
export const exportHeader = (set: ColumnSet) => writeCsv([set.columns.map((column) => column.header)]);

/**
 * One item in the import format (a CRLF-terminated line, no BOM): what the import reads back
 * unchanged. An item created without an Externe ID is written with its id there, and the import
 * recognises it by that.
 */
export function exportRow(set: ColumnSet, item: Listing): string {
  const withId = { ...item, externalId: externalIdOf(item) };
  return writeCsv([set.columns.map((column) => column.format.write(getPath(withId, column.path)))], {
    bom: false,
  });
}

/** Items in the import format, header first. */
export const exportCsv = (set: ColumnSet, items: readonly Listing[]) =>
  exportHeader(set) + items.map((item) => exportRow(set, item)).join("");

/** The template: the header and one example row that shows every format. */
export const templateCsv = (set: ColumnSet) => exportCsv(set, [set.example as unknown as Listing]);
