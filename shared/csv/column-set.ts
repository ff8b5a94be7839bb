import type { CellFormat } from "./cell-formats.ts";

/** One CSV column: its German header, where its value sits in the POST body, and its cell format. */
export interface Column {
  header: string;
  /** Dotted path into the POST body and the stored item, e.g. "contact.email". */
  path: string;
  format: CellFormat;
  /** A column added after files were made with the earlier template: a file may lack it. */
  optional?: boolean;
}

/** The documented file format of one resource (see offer-columns.ts, place-columns.ts). */
export interface ColumnSet {
  columns: readonly Column[];
  /** A stored item as the template's example row shows it. */
  example: Record<string, unknown>;
  /** Download name without date or extension, e.g. "qualifizierungsangebote". */
  fileName: string;
}

export const EXTERNAL_ID = "externalId";
export const STATUS = "status";

export function getPath(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined,
      value,
    );
}

export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() ?? path;
  let node = target;
  for (const key of keys) {
    const child = node[key];
    node[key] = typeof child === "object" && child !== null ? child : {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

/** The column an error path names: "occupations[2]" → Berufe, "contact" → Kontakt Name. */
export function columnFor(set: ColumnSet, path: string): Column | undefined {
  return (
    set.columns.find(
      (c) => c.path === path || path.startsWith(`${c.path}.`) || path.startsWith(`${c.path}[`),
    ) ?? set.columns.find((c) => path !== "" && c.path.startsWith(`${path}.`))
  );
}

/** Headers compare without case and extra spaces: "kontakt  e-mail" is "Kontakt E-Mail". */
export const headerKey = (header: string) => header.trim().toLowerCase().replace(/\s+/g, " ");
