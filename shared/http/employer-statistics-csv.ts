import { stringify } from "csv-stringify/sync";
import { EMPLOYER_FIGURES, type EmployerFigures } from "../vocabulary/employer-figures.ts";
import type { EmployerStatisticsReport } from "../schemas/employer-statistics.ts";
import type { ApiResult } from "./response.ts";

const COLUMNS: Record<keyof EmployerFigures, string> = {
  employers: "Arbeitgeber beraten",
  smes: "davon KMU",
  sessions: "Beratungen",
  measuresAgreed: "Maßnahmen vereinbart",
  measuresDone: "Maßnahmen erledigt",
  placesOnBehalf: "Plätze für Arbeitgeber angelegt",
  hires: "Einstellungen über diese Plätze",
};
const HEADER = ["Schlüssel", "Bezeichnung", ...EMPLOYER_FIGURES.map((f) => COLUMNS[f])];

export const EMPLOYER_ROUNDING_NOTE =
  "Hinweis: Die Zahlen des Netzwerks sind auf Vielfache von 5 gerundet (0 heißt 0 bis 4); jede Zahl wird für sich gerundet, daher ergeben die Zeilen nicht immer die Summe. Jeder Arbeitgeber zählt im Zeitraum einmal.";

type Table = Pick<EmployerStatisticsReport, "rows" | "totals">;
const lines = (t: Table) => [
  HEADER,
  ...t.rows.map((r) => [r.key, r.label, ...EMPLOYER_FIGURES.map((f) => r[f])]),
  ["", "Summe", ...EMPLOYER_FIGURES.map((f) => t.totals[f])],
];

/** The report as Excel opens it (UTF-8 with BOM, `;`, CRLF), as the other statistics' CSV. */
export function employerStatisticsCsv(report: EmployerStatisticsReport): ApiResult {
  const records = [
    ...lines(report),
    ["", EMPLOYER_ROUNDING_NOTE],
    ["", `Netzwerk: Stand ${report.asOf}`],
    ...(report.own ? [[], ["", "Ihre Organisation (genau, aktuell)"], ...lines(report.own)] : []),
  ];
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="passung-arbeitgeberberatung-${report.from}-${report.to}.csv"`,
    },
    body: `\uFEFF${stringify(records, { delimiter: ";", record_delimiter: "\r\n" })}`,
  };
}
