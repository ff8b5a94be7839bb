import { stringify } from "csv-stringify/sync";
import type { ParticipantFigures } from "../domain/participant-report.ts";
import type { ApiResult } from "./response.ts";

type Row = ParticipantFigures & { key: string; label: string };

/** Column title and value, in the order the funder's report reads them. */
const COLUMNS: [string, (f: ParticipantFigures) => number][] = [
  ["Eintritte", (f) => f.entries],
  ["Aktiv", (f) => f.active],
  ["In IQ-geförderter Qualifizierung", (f) => f.inIqQualification],
  ["Qualifizierung abgeschlossen", (f) => f.qualificationCompleted],
  ["Volle Anerkennung", (f) => f.recognitionFull],
  ["Adäquat beschäftigt", (f) => f.employmentAdequate],
  ["Austritte", (f) => f.exits.total],
  ["Austritt: Plan abgeschlossen", (f) => f.exits["plan-completed"]],
  ["Austritt: Beschäftigung", (f) => f.exits.employment],
  ["Austritt: Umzug", (f) => f.exits.moved],
  ["Austritt: Abbruch", (f) => f.exits["dropped-out"]],
  ["Austritt: Sonstiges", (f) => f.exits.other],
  ["Gelöscht ohne Austritt", (f) => f.erasedWithoutExit],
  ["Nach 6 Monaten: adäquat beschäftigt", (f) => f.followup["employed-adequate"]],
  ["Nach 6 Monaten: beschäftigt", (f) => f.followup.employed],
  ["Nach 6 Monaten: in Qualifizierung", (f) => f.followup["in-qualification"]],
  ["Nach 6 Monaten: nicht beschäftigt", (f) => f.followup["not-employed"]],
  ["Nach 6 Monaten: unbekannt", (f) => f.followup.unknown],
  ["ESF: Eintritte mit Daten", (f) => f.esf.withData],
  ["ESF: Eintritte ohne Daten", (f) => f.esf.withoutData],
  ["ESF: unter 25", (f) => f.esf.ageBand["<25"]],
  ["ESF: 25 bis 54", (f) => f.esf.ageBand["25-54"]],
  ["ESF: 55 und älter", (f) => f.esf.ageBand["55+"]],
  ["ESF: weiblich", (f) => f.esf.gender.female],
  ["ESF: männlich", (f) => f.esf.gender.male],
  ["ESF: divers", (f) => f.esf.gender.diverse],
  ["ESF: Geschlecht ohne Angabe", (f) => f.esf.gender.unspecified],
  ["ESF: erwerbstätig", (f) => f.esf.employmentAtEntry.employed],
  ["ESF: arbeitslos", (f) => f.esf.employmentAtEntry.unemployed],
  ["ESF: nicht erwerbstätig", (f) => f.esf.employmentAtEntry.inactive],
  ["ESF: ISCED 0–2", (f) => f.esf.isced["0-2"]],
  ["ESF: ISCED 3–4", (f) => f.esf.isced["3-4"]],
  ["ESF: ISCED 5–8", (f) => f.esf.isced["5-8"]],
  ["ESF: Drittstaatsangehörige", (f) => f.esf.thirdCountryNational.yes],
  ["ESF: keine Drittstaatsangehörigen", (f) => f.esf.thirdCountryNational.no],
];

const HEADER = ["Schlüssel", "Bezeichnung", ...COLUMNS.map(([title]) => title)];
const line = (key: string, label: string, f: ParticipantFigures) => [
  key,
  label,
  ...COLUMNS.map(([, value]) => value(f)),
];
const table = (t: { rows: Row[]; totals: ParticipantFigures }) => [
  HEADER,
  ...t.rows.map((r) => line(r.key, r.label, r)),
  line("", "Summe", t.totals),
];

export const PARTICIPANT_NOTE =
  "Hinweis: Personen, nicht Ereignisse – jede Person zählt je Kennzahl höchstens einmal, dort, wo sie eingetreten ist. Netzwerkzahlen sind zum Schutz der Personen auf Vielfache von 5 gerundet (0 heißt 0 bis 4); jede Zahl wird für sich gerundet.";

/** The funder's report as Excel opens it: UTF-8 with BOM, `;`, CRLF; then the own organisation's exact figures. */
export function participantCsv(report: {
  from: string;
  to: string;
  asOf: string;
  rows: Row[];
  totals: ParticipantFigures;
  own?: { rows: Row[]; totals: ParticipantFigures };
}): ApiResult {
  const own = report.own ? [[], ["", "Ihre Organisation (genau, aktuell)"], ...table(report.own)] : [];
  const records = [...table(report), ["", PARTICIPANT_NOTE], ["", `Netzwerk: Stand ${report.asOf}`], ...own];
  const body = stringify(records, { delimiter: ";", record_delimiter: "\r\n" });
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="passung-teilnehmende-${report.from}-${report.to}.csv"`,
    },
    body: `\uFEFF${body}`,
  };
}
