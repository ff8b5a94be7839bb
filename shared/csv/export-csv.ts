import { externalIdOf } from "../db/listing-import.ts";
import type { Listing } from "../domain/listing.ts";
import { type ColumnSet, getPath } from "./column-set.ts";
import { writeCsv } from "./csv-write.ts";

/**
 * Items in the import format: what the import reads back unchanged. An item created without an
 * Externe ID is written with its id there, and the import recognises it by that.
 */
export function exportCsv(set: ColumnSet, items: readonly Listing[]): string {
  const rows = items.map((item) => {
    const withId = { ...item, externalId: externalIdOf(item) };
    return set.columns.map((column) => column.format.write(getPath(withId, column.path)));
  });
  return writeCsv([set.columns.map((column) => column.header), ...rows]);
}

/** The template: the header and one example row that shows every format. */
export const templateCsv = (set: ColumnSet) => exportCsv(set, [set.example as unknown as Listing]);
