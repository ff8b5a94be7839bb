import { stringify } from "csv-stringify/sync";
import type { ReportRow } from "../domain/statistics-report.ts";
import type { ApiResult } from "./response.ts";

const HEADER = [
  "Schlüssel",
  "Bezeichnung",
  "Qualifizierungen",
  "Mentoringplätze",
  "Plätze",
  "Plätze belegt",
  "Vorgeschlagen",
  "Angenommen",
  "Abgelehnt",
  "Zurückgezogen",
  "Suchen",
  "Suchen ohne Ergebnis",
  "Qualifizierungen begonnen",
  "Qualifizierungen abgeschlossen",
  "Volle Anerkennungen",
  "Beschäftigungen",
  "davon adäquat",
  // Issue 27, at the end so earlier columns keep their place: what IQ targets count.
  "Qualifizierungen begonnen, IQ-gefördert",
];

const cells = (r: Omit<ReportRow, "key" | "label"> & { key: string; label: string }) => [
  r.key,
  r.label,
  r.offers ?? "",
  r.places ?? "",
  r.seats ?? "",
  r.seatsTaken ?? "",
  r.referrals.proposed,
  r.referrals.accepted,
  r.referrals.declined,
  r.referrals.withdrawn,
  r.matchSearches,
  r.zeroResultSearches,
  r.qualificationsStarted,
  r.qualificationsCompleted,
  r.recognitionsFull,
  r.employmentStarted,
  r.employmentAdequate,
  r.iqQualificationsStarted,
];

/** Said under the table, as on the web page. */
export const ROUNDING_NOTE =
  "Hinweis: Vorschläge, belegte Plätze, Suchen und Ergebnisse (Qualifizierungen, Anerkennungen, Beschäftigungen) sind zum Schutz der Personen auf Vielfache von 5 gerundet (0 heißt 0 bis 4); jede Zahl wird für sich gerundet, daher ergeben die Zeilen nicht immer die Summe.";

type Totals = Record<string, unknown>;

/** The totals as a row: "Summe", stock figures empty when the report has none. */
function totalsRow(totals: Totals) {
  const t = totals as {
    referrals: ReportRow["referrals"];
    matchSearches: number;
    zeroResultSearches: number;
  } & Record<string, number> &
    Pick<
      ReportRow,
      | "qualificationsStarted"
      | "qualificationsCompleted"
      | "recognitionsFull"
      | "employmentStarted"
      | "employmentAdequate"
      | "iqQualificationsStarted"
    >;
  return cells({
    ...t,
    key: "",
    label: "Summe",
    offers: t.offers ?? null,
    places: t.places ?? null,
    seats: t.seats ?? null,
    seatsTaken: t.seatsTaken ?? null,
  });
}

/**
 * The report as Excel opens it: UTF-8 with BOM, `;`, CRLF, a totals row, the rounding note and
 * the month the network's figures stand at; then, for non-admins, their own organisation's exact
 * figures as a second table.
 */
export function statisticsCsv(report: {
  from: string;
  to: string;
  asOf: string;
  rows: ReportRow[];
  totals: Totals;
  own?: { rows: ReportRow[]; totals: Totals };
}): ApiResult {
  const own = report.own
    ? [
        [],
        ["", "Ihre Organisation (genau, aktuell)"],
        HEADER,
        ...report.own.rows.map(cells),
        totalsRow(report.own.totals),
      ]
    : [];
  const records = [
    HEADER,
    ...report.rows.map(cells),
    totalsRow(report.totals),
    ["", ROUNDING_NOTE],
    ["", `Netzwerk: Stand ${report.asOf}`],
    ...own,
  ];
  const body = stringify(records, { delimiter: ";", record_delimiter: "\r\n" });
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="passung-statistik-${report.from}-${report.to}.csv"`,
    },
    body: `\uFEFF${body}`,
  };
}
