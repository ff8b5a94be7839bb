import type { Column, ColumnSet } from "./column-set.ts";
import { headerKey } from "./column-set.ts";
import type { CsvTable } from "./csv-read.ts";
import type { RowError } from "./import-errors.ts";

/** Where each column sits in the file; columns may come in any order, all but optional ones must be there. */
export interface HeaderMap {
  index: ReadonlyMap<Column, number>;
  /** Positions with no header: their cells must stay empty. */
  unnamed: readonly number[];
}

export function mapHeader(table: CsvTable, set: ColumnSet): { map: HeaderMap; errors: RowError[] } {
  const byKey = new Map(set.columns.map((column) => [headerKey(column.header), column]));
  const index = new Map<Column, number>();
  const unnamed: number[] = [];
  const errors: RowError[] = [];
  table.header.forEach((header, i) => {
    const column = byKey.get(headerKey(header));
    if (headerKey(header) === "") unnamed.push(i);
    else if (!column) errors.push({ row: 1, column: header.trim(), message: "Unbekannte Spalte" });
    else if (index.has(column)) errors.push({ row: 1, column: column.header, message: "Spalte doppelt" });
    else index.set(column, i);
  });
  for (const column of set.columns) {
    if (!index.has(column) && !column.optional)
      errors.push({ row: 1, column: column.header, message: "Spalte fehlt" });
  }
  return { map: { index, unnamed }, errors };
}
