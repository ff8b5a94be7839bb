import { h } from "../../core/dom.ts";
import { BY, show, type Figures, type Report, type Shown } from "./statistics-report.ts";

/**
 * The bar chart above the statistics table: one figure per row of the breakdown. Apart from the
 * table because it picks a single figure and draws it, where the table lists them all.
 */

/** Horizontal bars as a list: every bar has its label and value as text; the bar itself is decoration. */
export function statisticsChart(report: Pick<Report, "by" | "rows">, own = false): HTMLElement {
  // Per month the flow of referrals tells most; per region or group, the stock of places (which
  // an organisation's own figures do not have: its proposals then).
  const [name, pick] =
    report.by === "month" || own
      ? ([
          `${own ? "Ihre Vorschläge" : "Vorschläge"} (vorgeschlagen)`,
          (f: Figures) => f.referrals.proposed,
        ] as const)
      : (["Mentoringplätze", (f: Figures) => f.places] as const);
  const width = (v: Shown | null) => v ?? 0;
  const max = Math.max(1, ...report.rows.map((r) => width(pick(r))));
  return h(
    "figure",
    { class: "bar-chart" },
    h("figcaption", {}, `${name} je ${BY.find(([v]) => v === report.by)?.[1] ?? ""}`),
    h(
      "ul",
      {},
      report.rows.map((r) =>
        h(
          "li",
          {},
          h("span", { class: "bar-chart__label" }, r.label),
          h(
            "span",
            { class: "bar-chart__track", "aria-hidden": "true" },
            h("span", {
              class: "bar-chart__bar",
              style: `width: ${((width(pick(r)) / max) * 100).toFixed(1)}%`,
            }),
          ),
          h(
            "span",
            { class: "bar-chart__value" },
            h("span", { class: "visually-hidden" }, ": "),
            show(pick(r)),
          ),
        ),
      ),
    ),
  );
}
