import { download, isAbort, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { monthName } from "../../core/format.ts";
import type { RouteContext } from "../../core/router.ts";
import { field } from "../../ui/field.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { employersStatistics } from "./employers-section.ts";
import { participantsSection } from "./participants.ts";
import { statisticsChart } from "./statistics-chart.ts";
import { monthsAgo, periodCheck } from "./statistics-period.ts";
import { BY, type Report } from "./statistics-report.ts";
import { statisticsTable } from "./statistics-table.ts";
import { targetsSection } from "./targets.ts";

/**
 * Anonymous figures for funders: a period, a breakdown, a bar chart of one figure and the full
 * table; below them the IQ targets, the participants and the employer counselling.
 */
export function statisticsPage({ main, signal }: RouteContext): void {
  const from = h("input", { type: "month", name: "from", value: monthsAgo(11) });
  const to = h("input", { type: "month", name: "to", value: monthsAgo() });
  const by = h(
    "select",
    { name: "by" },
    BY.map(([value, text]) => h("option", { value }, text)),
  );
  const submit = h("button", { type: "submit", class: "button" }, "Anzeigen");
  const csv = h("button", { type: "button", class: "button button--secondary" }, "Als CSV herunterladen");
  const content = h("div", {});
  const csvError = h("div", {});
  const summary = h("div", { class: "form-summary" });
  const query = () => ({ from: from.value, to: to.value, by: by.value });
  const form = h(
    "form",
    { class: "filters stats-form" },
    field({ label: "Von (Monat)", path: "from" }, from),
    field({ label: "Bis (Monat)", path: "to" }, to),
    field({ label: "Gliederung", path: "by" }, by),
    h("div", { class: "actions" }, submit),
  );
  const periodProblem = periodCheck(
    form,
    summary,
    from,
    to,
    "„Von“ muss vor „Bis“ liegen (oder im selben Monat).",
  );

  async function load(): Promise<void> {
    if (periodProblem()) {
      replace(content);
      return;
    }
    replace(content, loading());
    try {
      const report = await request<Report>("GET", "/statistics", { query: query(), signal });
      const period = `${monthName(report.from)} bis ${monthName(report.to)}`;
      const own = report.own;
      replace(
        content,
        // Non-admins read the network as of the last closed month: their own new events never
        // move a figure they can read (README "Statistics").
        h("p", { class: "stats-asof" }, `Stand: ${monthName(report.asOf)}`),
        h(
          "p",
          {},
          own
            ? "Zahlen des gesamten Netzwerks bis zum letzten abgeschlossenen Monat (Angebote und Plätze: aktueller Bestand). Die Zahlen Ihrer Organisation stehen darunter, genau und aktuell."
            : "Zahlen des gesamten Netzwerks, aktuell.",
        ),
        report.by === "occupationGroup" &&
          h(
            "p",
            {},
            "Ein Angebot oder Platz für mehrere Berufsgruppen steht unter jeder davon, in der Summe einmal.",
          ),
        // Before a month closes the network may have nothing to show a coach yet: its own figures then.
        report.rows.length
          ? statisticsChart(report)
          : own?.rows.length
            ? statisticsChart({ by: report.by, rows: own.rows }, true)
            : h("p", {}, "Für diesen Zeitraum liegen keine Zahlen vor."),
        statisticsTable(report, `Statistik ${period}`, "Tabelle der Statistik"),
        own && h("h2", {}, "Ihre Organisation"),
        own &&
          h("p", {}, "Genaue Zahlen Ihrer Organisation im Zeitraum, einschließlich des laufenden Monats."),
        own && statisticsTable(own, `Ihre Organisation ${period}`, "Tabelle Ihrer Organisation"),
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
      download("/statistics", `statistik-${q.from}-${q.to}.csv`, { query: q, accept: "text/csv", signal }),
    ).catch((error: unknown) => replace(csvError, errorBox(toProblem(error))));
  });

  main.append(
    h("h1", {}, "Statistik"),
    h(
      "p",
      { class: "lead" },
      "Anonyme Zahlen für Fördergeber: Angebote und Plätze (Bestand) sowie Vorschläge, Suchen und Ergebnisse im Zeitraum.",
    ),
    targetsSection(signal),
    summary,
    form,
    h(
      "p",
      { class: "hint" },
      "Vorschläge, belegte Plätze, Suchen und Ergebnisse (Qualifizierungen, Anerkennungen, Beschäftigungen) sind zum Schutz der Personen mit einem festen Zufallsschlüssel auf Vielfache von 5 gerundet (0 heißt 0 bis 4). ",
      "Jede Zahl wird für sich gerundet, daher ergeben die Zeilen nicht immer die Summe.",
    ),
    h("div", { class: "actions" }, csv),
    csvError,
    h("h2", {}, "Ergebnis"),
    content,
    participantsSection(signal),
    employersStatistics(signal),
  );
  void load();
}
