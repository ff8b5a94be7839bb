import { download, isAbort, request, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { monthName, num } from "../../core/format.ts";
import type { RouteContext } from "../../core/router.ts";
import { field } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { participantsSection } from "./participants.ts";
import { employersStatistics } from "./employers-section.ts";
import { targetsSection } from "./targets.ts";

/**
 * Anonymous figures for funders: a period, a breakdown, a bar chart of one figure and the full
 * table. People-related counts arrive rounded to multiples of 5 by cell key (see README).
 */
type Shown = number;
interface Figures {
  offers: number | null;
  places: number | null;
  seats: number | null;
  seatsTaken: number | null;
  referrals: { proposed: Shown; accepted: Shown; declined: Shown; withdrawn: Shown };
  matchSearches: Shown;
  zeroResultSearches?: Shown;
  qualificationsStarted?: Shown;
  /** Of them, in an IQ-funded qualification: what IQ targets count (issue 27). */
  iqQualificationsStarted?: Shown;
  qualificationsCompleted?: Shown;
  recognitionsFull?: Shown;
  employmentStarted?: Shown;
  employmentAdequate?: Shown;
}
interface Row extends Figures {
  key: string;
  label: string;
}
interface Report {
  from: string;
  to: string;
  by: string;
  scope: "network" | "organisation";
  /** The last month the network's figures include: the last closed month, except for admins. */
  asOf: string;
  rows: Row[];
  totals: Figures;
  /** The caller's own organisation, exact and current (not for admins). */
  own?: { rows: Row[]; totals: Figures };
}

const BY: [string, string][] = [
  ["district", "Kreis"],
  ["state", "Bundesland"],
  ["occupationGroup", "Berufsgruppe"],
  ["month", "Monat"],
];

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

const show = (value: Shown | null | undefined) => (value === null || value === undefined ? "–" : num(value));

/** "2026-03" for a date, `monthsBack` months earlier. */
function month(monthsBack = 0): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - monthsBack);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

/** Horizontal bars as a list: every bar has its label and value as text; the bar itself is decoration. */
function chart(report: Pick<Report, "by" | "rows">, own = false): HTMLElement {
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

function table(report: Pick<Report, "rows" | "totals">, caption: string, region: string): HTMLElement {
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

export function statisticsPage({ main, signal }: RouteContext): void {
  const from = h("input", { type: "month", name: "from", value: month(11) });
  const to = h("input", { type: "month", name: "to", value: month() });
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

  /**
   * A period that ends before it begins is told at "Von", before asking the API; an API answer
   * naming `query.from`/`query.to` lands at its field too, not as a path below the form.
   */
  function periodProblem(error?: unknown): boolean {
    clearErrors(form);
    replace(summary);
    const problem = error === undefined ? undefined : toProblem(error);
    if (problem?.errors?.length) {
      const errors = problem.errors.map((e) => ({ ...e, path: e.path.replace(/^query\./, "") }));
      showErrors([form], summary, { ...problem, errors });
      return true;
    }
    if (error !== undefined || !from.value || !to.value || from.value <= to.value) return false;
    showErrors([form], summary, {
      title: "Zeitraum prüfen",
      status: 400,
      errors: [{ path: "from", message: "„Von“ muss vor „Bis“ liegen (oder im selben Monat)." }],
    });
    return true;
  }

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
          ? chart(report)
          : own?.rows.length
            ? chart({ by: report.by, rows: own.rows }, true)
            : h("p", {}, "Für diesen Zeitraum liegen keine Zahlen vor."),
        table(report, `Statistik ${period}`, "Tabelle der Statistik"),
        own && h("h2", {}, "Ihre Organisation"),
        own &&
          h("p", {}, "Genaue Zahlen Ihrer Organisation im Zeitraum, einschließlich des laufenden Monats."),
        own && table(own, `Ihre Organisation ${period}`, "Tabelle Ihrer Organisation"),
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

  const form = h(
    "form",
    { class: "filters stats-form" },
    field({ label: "Von (Monat)", path: "from" }, from),
    field({ label: "Bis (Monat)", path: "to" }, to),
    field({ label: "Gliederung", path: "by" }, by),
    h("div", { class: "actions" }, submit),
  );
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
