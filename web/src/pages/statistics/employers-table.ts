import type { EmployerStatisticsReport } from "../../../../shared/schemas/employer-statistics.ts";
import { h } from "../../core/dom.ts";
import { num } from "../../core/format.ts";

/**
 * One table of the employer counselling figures (the own organisation's or the network's): a
 * row per district, sector, size or topic and the sum. Apart from the section, which holds the
 * form, the loading and the CSV.
 */
type Table = Pick<EmployerStatisticsReport, "rows" | "totals">;
type Figures = EmployerStatisticsReport["totals"];

const COLUMNS: [string, keyof Figures][] = [
  ["Arbeitgeber beraten", "employers"],
  ["davon KMU", "smes"],
  ["Gespräche", "sessions"],
  ["Maßnahmen vereinbart", "measuresAgreed"],
  ["Maßnahmen erledigt", "measuresDone"],
  ["Plätze für Arbeitgeber", "placesOnBehalf"],
  ["Einstellungen über diese Plätze", "hires"],
];
const show = (v: number | undefined) => (v === undefined ? "–" : num(v));

export function employersTable(t: Table, caption: string, region: string): HTMLElement {
  const cells = (f: Figures) => COLUMNS.map(([, key]) => h("td", { class: "num" }, show(f[key])));
  return h(
    "div",
    { class: "table-scroll", role: "region", "aria-label": region, tabindex: 0 },
    h(
      "table",
      { class: "data-table" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Bezeichnung"),
          COLUMNS.map(([text]) => h("th", { scope: "col", class: "num" }, text)),
        ),
      ),
      h(
        "tbody",
        {},
        t.rows.map((r) => h("tr", {}, h("th", { scope: "row" }, r.label), cells(r))),
      ),
      h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, "Summe"), cells(t.totals))),
    ),
  );
}
