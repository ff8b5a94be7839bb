import type { participantsReport } from "../../../../shared/schemas/participant-statistics.ts";
import type * as z from "../../../../shared/schemas/z.ts";
import { download, isAbort, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { monthName } from "../../core/format.ts";
import { field } from "../../ui/field.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { breakdownTables, figuresTable } from "./participants-tables.ts";
import { monthOf, periodCheck } from "./statistics-period.ts";

/**
 * "Teilnehmende" (issue 30): the people behind the funder's figures, from GET
 * /statistics/participants — by quarter, district or Berufsgruppe; the network protected (closed
 * months, rounded) and the caller's own organisation exact, as the statistics above; exits by
 * reason, the follow-up and the ESF Plus breakdowns; and the CSV the report to the funder is built from.
 */
type Report = z.infer<typeof participantsReport>;

const BY: [string, string][] = [
  ["quarter", "Quartal"],
  ["district", "Kreis"],
  ["occupationGroup", "Berufsgruppe"],
];

/** The first month of the quarter three quarters back: with this month, the year a report covers. */
function yearOfQuarters(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - (d.getMonth() % 3) - 9);
  return monthOf(d);
}

export function participantsSection(signal: AbortSignal): HTMLElement {
  const from = h("input", { type: "month", name: "from", value: yearOfQuarters() });
  const to = h("input", { type: "month", name: "to", value: monthOf(new Date()) });
  const by = h(
    "select",
    { name: "by" },
    BY.map(([value, text]) => h("option", { value }, text)),
  );
  const submit = h("button", { type: "submit", class: "button" }, "Teilnehmende abrufen");
  const csv = h(
    "button",
    { type: "button", class: "button button--secondary" },
    "CSV der Teilnehmenden herunterladen",
  );
  const summary = h("div", { class: "form-summary" });
  const csvError = h("div", {});
  const content = h("div", {});
  const query = () => ({ from: from.value, to: to.value, by: by.value });
  const form = h(
    "form",
    { class: "filters stats-form", "aria-label": "Zeitraum der Teilnehmenden", novalidate: true },
    field({ label: "Erster Monat", path: "from" }, from),
    field({ label: "Letzter Monat", path: "to" }, to),
    field({ label: "Teilnehmende je", path: "by" }, by),
    h("div", { class: "actions" }, submit),
  );

  const periodProblem = periodCheck(
    form,
    summary,
    from,
    to,
    "Der erste Monat muss vor dem letzten liegen (oder derselbe sein).",
  );

  async function load(): Promise<void> {
    if (periodProblem()) return replace(content);
    replace(content, loading());
    try {
      const report = await request<Report>("GET", "/statistics/participants", { query: query(), signal });
      const period = `${monthName(report.from)} bis ${monthName(report.to)}`;
      const own = report.own;
      replace(
        content,
        h("p", { class: "stats-asof" }, `Stand: ${monthName(report.asOf)}`),
        h(
          "p",
          {},
          own
            ? "Das Netzwerk bis zum letzten abgeschlossenen Monat, mit festem Zufallsschlüssel gerundet; Ihre Organisation genau und aktuell."
            : "Das Netzwerk aktuell, mit festem Zufallsschlüssel gerundet.",
        ),
        figuresTable(report.rows, report.totals, `Teilnehmende ${period}`, "Tabelle der Teilnehmenden"),
        own && h("h3", {}, "Teilnehmende Ihrer Organisation"),
        own &&
          figuresTable(
            own.rows,
            own.totals,
            `Teilnehmende Ihrer Organisation ${period}`,
            "Tabelle der Teilnehmenden Ihrer Organisation",
          ),
        h("h3", {}, "Nach Grund, Ergebnis und ESF-Plus-Merkmalen"),
        h(
          "p",
          {},
          "Summen des Zeitraums. ESF-Plus-Merkmale haben nur Personen, die in ihre Erfassung eingewilligt haben.",
        ),
        h("div", { class: "breakdowns" }, breakdownTables(report.totals, own?.totals)),
      );
    } catch (error) {
      if (isAbort(error)) return;
      if (periodProblem(error)) replace(content);
      else
        replace(
          content,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird geladen …", load);
  });
  csv.addEventListener("click", () => {
    replace(csvError);
    if (periodProblem()) return;
    const q = query();
    void busy(csv, "Wird heruntergeladen …", () =>
      download("/statistics/participants", `teilnehmende-${q.from}-${q.to}.csv`, {
        query: { ...q, format: "csv" },
        accept: "text/csv",
        signal,
      }),
    ).catch((error: unknown) => replace(csvError, errorBox(toProblem(error))));
  });
  void load();
  return h(
    "section",
    { "aria-labelledby": "participants-heading" },
    h("h2", { id: "participants-heading" }, "Teilnehmende"),
    h(
      "p",
      {},
      "Personen statt Ereignisse, wie sie Fördergeber erfragen: Wer zwei Kurse begann, zählt je Kennzahl und Zeitraum einmal; gezählt wird, wo die Person eingetreten ist.",
    ),
    summary,
    form,
    h("div", { class: "actions" }, csv),
    csvError,
    content,
  );
}
