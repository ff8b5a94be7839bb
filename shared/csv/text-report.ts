import type { RowError } from "./import-errors.ts";

/** Import results as plain text for a terminal (npm run import). */

/** `Zeile | Spalte | Fehler`, aligned, one line per error. */
export function errorTable(errors: readonly RowError[]): string {
  const rows = [["Zeile", "Spalte", "Fehler"], ...errors.map((e) => [String(e.row), e.column, e.message])];
  const [w0, w1] = [0, 1].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = ([row = "", column = "", message = ""]: string[]) =>
    `${row.padStart(w0 ?? 0)} | ${column.padEnd(w1 ?? 0)} | ${message}`;
  const rule = `${"-".repeat(w0 ?? 0)}-+-${"-".repeat(w1 ?? 0)}-+-${"-".repeat(20)}`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join("\n");
}

export const progressBar = (label: string, done: number, total: number) => {
  const share = total ? done / total : 1;
  const filled = Math.round(share * 30);
  return `${label} [${"█".repeat(filled)}${"░".repeat(30 - filled)}] ${Math.round(share * 100)} % · ${done}/${total} Zeilen`;
};
