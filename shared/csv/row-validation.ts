import { formatPath } from "../domain/validation.ts";
import type { Location, Status } from "../schemas/common.ts";
import * as z from "../schemas/z.ts";
import { CellError } from "./cell-formats.ts";
import { type ColumnSet, columnFor, EXTERNAL_ID, setPath, STATUS } from "./column-set.ts";
import type { CsvRecord, CsvTable } from "./csv-read.ts";
import { unguardFormula } from "./csv-write.ts";
import { type HeaderMap, mapHeader } from "./header-map.ts";
import { echo, type RowError } from "./import-errors.ts";
import { plainMessage } from "./row-messages.ts";
import { referenceInput, resolve } from "./row-references.ts";

/** A row that passed the POST rules and the reference data: ready to compare and write. */
export interface ValidRow {
  row: number;
  externalId: string;
  status: Status;
  /** The POST body the row stands for, as the schema outputs it (without status). */
  fields: Record<string, unknown>;
  location: Location | undefined;
}

/** A listing's POST schema (app/listing-resources.ts): what every row is checked with. */
type Input = z.ZodMiniType<{ occupations: string[]; location?: { postalCode: string }; status: string }>;

/**
 * Checks every row with the same zod POST schema and reference data as POST /… does, and
 * reports each problem at its row and German column header. Valid rows come back only when
 * the whole file is valid.
 */
export function validateRows(table: CsvTable, set: ColumnSet, input: Input) {
  const { map, errors } = mapHeader(table, set);
  if (errors.length) return { rows: [], errors };
  const rows: ValidRow[] = [];
  for (const record of table.records) {
    const result = validateRecord(record, table.header.length, set, map, input);
    if (Array.isArray(result)) errors.push(...result);
    else rows.push(result);
  }
  errors.push(...duplicateIds(table, set, map));
  return { rows: errors.length ? [] : rows, errors };
}

/** Each Externe ID once per file: a second row with it would silently overwrite the first. */
export function duplicateIds(table: CsvTable, set: ColumnSet, map: HeaderMap): RowError[] {
  const column = set.columns.find((c) => c.path === EXTERNAL_ID);
  const index = column && map.index.get(column);
  if (!column || index === undefined) return [];
  const firstRow = new Map<string, number>();
  return table.records.flatMap(({ row, cells }) => {
    const id = (cells[index] ?? "").trim();
    const first = firstRow.get(id);
    if (id === "" || first === undefined) {
      firstRow.set(id, row);
      return [];
    }
    return [{ row, column: column.header, message: `Externe ID ${echo(id)} steht schon in Zeile ${first}` }];
  });
}

/** The row's cells read into a POST body; a cell its format cannot read is an error of its column. */
function readCells(record: CsvRecord, width: number, map: HeaderMap) {
  const body: Record<string, unknown> = {};
  const blank = new Set<string>();
  const errors = new Map<string, string>();
  for (const [column, i] of map.index) {
    const cell = unguardFormula(record.cells[i] ?? "");
    if (cell.trim() === "") blank.add(column.header);
    try {
      const value = column.format.read(cell);
      if (value !== undefined) setPath(body, column.path, value);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.set(column.header, error.message);
    }
  }
  const stray = record.cells.findIndex(
    (cell, i) => cell.trim() !== "" && (i >= width || map.unnamed.includes(i)),
  );
  if (stray >= 0) errors.set("", `Wert in Spalte ${stray + 1}, die keine Überschrift hat`);
  return { body, blank, errors };
}

function validateRecord(
  record: CsvRecord,
  width: number,
  set: ColumnSet,
  map: HeaderMap,
  input: Input,
): ValidRow | RowError[] {
  const cells = readCells(record, width, map);
  const errors = [...cells.errors].map(([column, message]) => ({ row: record.row, column, message }));
  const add = (column: string, message: string) => {
    if (!cells.errors.has(column) && !errors.some((e) => e.column === column && e.message === message))
      errors.push({ row: record.row, column, message });
  };
  const { [STATUS]: status = "draft", ...fields } = cells.body;
  const externalId = fields[EXTERNAL_ID];
  if (typeof externalId !== "string")
    add(columnFor(set, EXTERNAL_ID)?.header ?? "", "Pflichtangabe fehlt: der Schlüssel der Zeile");
  const parsed = z.safeParse(input, fields);
  const issues = parsed.success ? [] : parsed.error.issues;
  // Codes the schema accepted are checked against the reference data even when another cell of
  // the row is bad: one dry run names every error of the file.
  const flagged = new Set(issues.map((issue) => formatPath(issue.path)));
  const references = resolve(referenceInput(fields, flagged));
  const problems = [
    ...issues.map((issue) => ({
      path: formatPath(issue.path),
      message: plainMessage(issue),
      missing: issue.code === "invalid_type",
    })),
    ...references.errors.map((e) => ({ ...e, missing: false })),
  ];
  for (const { path, message, missing } of problems) {
    const column = columnFor(set, path)?.header ?? "";
    add(column, missing && cells.blank.has(column) ? "Pflichtangabe fehlt" : message);
  }
  if (errors.length || !parsed.success || typeof externalId !== "string") return inColumnOrder(errors, set);
  const { status: _default, ...valid } = parsed.data;
  return {
    row: record.row,
    externalId: externalId.trim(),
    status: status as Status,
    fields: valid,
    location: references.location,
  };
}

/** A row's errors left to right, as the person reads the row in the spreadsheet. */
function inColumnOrder(errors: RowError[], set: ColumnSet): RowError[] {
  const position = (e: RowError) => {
    const i = set.columns.findIndex((c) => c.header === e.column);
    return i < 0 ? set.columns.length : i;
  };
  return errors.sort((a, b) => position(a) - position(b));
}
