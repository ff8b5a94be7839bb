import { h } from "../../core/dom.ts";
import { show, type Figures, type Report, type Shown } from "./statistics-report.ts";

/**
 * The full statistics table: every figure for every row of the breakdown, and the sum. Apart
 * from the page because its sixteen columns and their headers are a matter of their own.
 */

/**
 * Headers carry soft hyphens (U+00AD) where German breaks them: at 1280 px all 16 figures fit
 * beside the row labels when a header may break ("Quali-fizierung"); Chromium has no German
 * hyphenation dictionary to do it by itself. The hyphen only shows where a header breaks.
 */
const COLUMNS: [string, (f: Figures) => Shown | null][] = [
  ["Quali\u00ADfizie\u00ADrungen", (f) => f.offers],
  ["Mento\u00ADring\u00ADplätze", (f) => f.places],
  ["Plätze", (f) => f.seats],
  ["belegt", (f) => f.seatsTaken],
  ["vorge\u00ADschla\u00ADgen", (f) => f.referrals.proposed],
  ["ange\u00ADnom\u00ADmen", (f) => f.referrals.accepted],
  ["abge\u00ADlehnt", (f) => f.referrals.declined],
  ["zurück\u00ADgezo\u00ADgen", (f) => f.referrals.withdrawn],
  ["Suchen", (f) => f.matchSearches],
  ["ohne Ergeb\u00ADnis", (f) => f.zeroResultSearches ?? null],
  ["Quali\u00ADfizie\u00ADrung begon\u00ADnen", (f) => f.qualificationsStarted ?? null],
  ["davon IQ-geför\u00ADdert", (f) => f.iqQualificationsStarted ?? null],
  ["Quali\u00ADfizie\u00ADrung abge\u00ADschlos\u00ADsen", (f) => f.qualificationsCompleted ?? null],
  ["volle Aner\u00ADken\u00ADnung", (f) => f.recognitionsFull ?? null],
  ["Beschäf\u00ADti\u00ADgung", (f) => f.employmentStarted ?? null],
  ["davon ad\u00ADäquat", (f) => f.employmentAdequate ?? null],
];

export function statisticsTable(
  report: Pick<Report, "rows" | "totals">,
  caption: string,
  region: string,
): HTMLElement {
  return h(
    "div",
    { class: "table-scroll", role: "region", "aria-label": region, tabindex: 0 },
    h(
      "table",
      { class: "data-table data-table--sticky" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Bezeich\u00ADnung"),
          COLUMNS.map(([text]) => h("th", { scope: "col", class: "num" }, text)),
        ),
      ),
      h(
        "tbody",
        {},
        report.rows.map((r) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, r.label),
            COLUMNS.map(([, pick]) => h("td", { class: "num" }, show(pick(r)))),
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row" }, "Summe"),
          COLUMNS.map(([, pick]) => h("td", { class: "num" }, show(pick(report.totals)))),
        ),
      ),
    ),
  );
}
