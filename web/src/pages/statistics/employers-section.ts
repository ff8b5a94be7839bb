import { download, isAbort, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { monthName } from "../../core/format.ts";
import { field, select } from "../../ui/field.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import type { EmployerStatisticsReport } from "../../../../shared/schemas/employer-statistics.ts";
import { employersTable } from "./employers-table.ts";
import { monthsAgo } from "./statistics-period.ts";

/**
 * "Arbeitgeberberatung" on the statistics page (GET /statistics/employers): the own
 * organisation's figures exact, the network's protected, by district, sector, size or topic, and
 * the same as CSV. Its own period and breakdown, so the page's other sections stay as they are.
 */
type Report = EmployerStatisticsReport;

const BY: [string, string][] = [
  ["district", "Kreis"],
  ["sector", "Wirtschaftszweig"],
  ["size", "Größe"],
  ["topic", "Thema"],
];
export function employersStatistics(signal: AbortSignal): HTMLElement {
  const from = h("input", { type: "month", value: monthsAgo(11) });
  const to = h("input", { type: "month", value: monthsAgo(0) });
  const by = select(BY, "district");
  const submit = h("button", { type: "submit", class: "button" }, "Arbeitgeberzahlen zeigen");
  const csv = h(
    "button",
    { type: "button", class: "button button--secondary" },
    "Arbeitgeberberatung als CSV",
  );
  const content = h("div", {}, loading());
  const csvError = h("div", {});
  const query = () => ({ from: from.value, to: to.value, by: by.value });

  async function load() {
    try {
      const report = await request<Report>("GET", "/statistics/employers", { query: query(), signal });
      const period = `${monthName(report.from)} bis ${monthName(report.to)}`;
      replace(
        content,
        report.own ? h("h3", {}, "Ihre Organisation (genau)") : null,
        report.own
          ? employersTable(
              report.own,
              `Arbeitgeberberatung Ihrer Organisation, ${period}`,
              "Arbeitgeberberatung Ihrer Organisation",
            )
          : null,
        report.by === "topic" &&
          h(
            "p",
            {},
            "Ein Gespräch zählt unter jedem seiner Themen; Plätze und Einstellungen haben kein Thema und stehen nur in der Summe.",
          ),
        h("h3", {}, "Netzwerk (geschützt)"),
        h("p", { class: "stats-asof" }, `Stand: ${monthName(report.asOf)}`),
        employersTable(
          report,
          `Arbeitgeberberatung im Netzwerk, ${period}`,
          "Arbeitgeberberatung im Netzwerk",
        ),
      );
    } catch (error) {
      if (!isAbort(error))
        replace(
          content,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }

  const form = h(
    "form",
    { class: "filters stats-form" },
    field({ label: "Beratungen ab Monat", path: "from" }, from),
    field({ label: "Beratungen bis Monat", path: "to" }, to),
    field({ label: "Aufschlüsseln nach", path: "by" }, by),
    h("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird geladen …", load);
  });
  csv.addEventListener("click", () => {
    replace(csvError);
    const q = query();
    void busy(csv, "Wird heruntergeladen …", () =>
      download("/statistics/employers", `arbeitgeberberatung-${q.from}-${q.to}.csv`, {
        query: { ...q, format: "csv" },
        accept: "text/csv",
        signal,
      }),
    ).catch((error: unknown) => replace(csvError, errorBox(toProblem(error))));
  });
  const section = h(
    "section",
    { "aria-labelledby": "employer-stats-heading" },
    h("h2", { id: "employer-stats-heading" }, "Arbeitgeberberatung"),
    h(
      "p",
      {},
      "Beratene Arbeitgeber (jeder einmal), davon KMU, Gespräche, vereinbarte und erledigte Maßnahmen, Mentoringplätze für Arbeitgeber und Einstellungen über diese Plätze. Ihre Organisation genau; das Netzwerk zum Schutz der Betriebe gerundet.",
    ),
    form,
    h("div", { class: "actions" }, csv),
    csvError,
    content,
  );
  // Read when the section comes near the screen: the page's own figures load first, and a
  // visitor who never scrolls this far costs no request.
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      void load();
    },
    { rootMargin: "200px" },
  );
  seen.observe(section);
  signal.addEventListener("abort", () => seen.disconnect());
  return section;
}
