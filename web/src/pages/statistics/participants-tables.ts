import type { participantsReport } from "../../../../shared/schemas/participant-statistics.ts";
import type * as z from "../../../../shared/schemas/z.ts";
import { h } from "../../core/dom.ts";
import { num } from "../../core/format.ts";
import {
  AGE_BAND_LABELS,
  EMPLOYMENT_AT_ENTRY_LABELS,
  EXIT_REASON_LABELS,
  FOLLOWUP_STATUS_LABELS,
  GENDER_LABELS,
  ISCED_LABELS,
} from "../../core/participation-labels.ts";

/**
 * The tables of "Teilnehmende" (GET /statistics/participants): people, not events — each person
 * once per figure and period. A table wider than the screen scrolls in its own box (keyboard
 * focusable, named), never the page.
 */
type Counts = Readonly<Record<string, number>>;
type Report = z.infer<typeof participantsReport>;
export type ParticipantFigures = Report["totals"];
export type ParticipantRow = Report["rows"][number];

const COLUMNS: [string, (f: ParticipantFigures) => number][] = [
  ["Eintritte", (f) => f.entries],
  ["aktiv", (f) => f.active],
  ["in IQ-geförderter Qualifizierung", (f) => f.inIqQualification],
  ["Qualifizierung abgeschlossen", (f) => f.qualificationCompleted],
  ["volle Anerkennung", (f) => f.recognitionFull],
  ["adäquat beschäftigt", (f) => f.employmentAdequate],
  ["Austritte", (f) => f.exits.total],
  // Erased before an exit was recorded: out of "aktiv" from the next month on (docs/statistics.md).
  ["gelöscht ohne Austritt", (f) => f.erasedWithoutExit],
];

/** The breakdowns of the period's totals: title, the counts, and a German label per code. */
const BREAKDOWNS: [string, (f: ParticipantFigures) => Counts, Record<string, string>][] = [
  ["Austritte nach Grund", (f) => f.exits, EXIT_REASON_LABELS],
  ["Nachbefragung nach 6 Monaten", (f) => f.followup, FOLLOWUP_STATUS_LABELS],
  [
    "ESF-Plus-Daten der Eintritte",
    (f) => ({ withData: f.esf.withData, withoutData: f.esf.withoutData }),
    { withData: "mit Einwilligung erfasst", withoutData: "ohne ESF-Plus-Daten" },
  ],
  ["Altersgruppe", (f) => f.esf.ageBand, AGE_BAND_LABELS],
  ["Geschlecht", (f) => f.esf.gender, GENDER_LABELS],
  ["Erwerbsstatus beim Eintritt", (f) => f.esf.employmentAtEntry, EMPLOYMENT_AT_ENTRY_LABELS],
  ["Bildungsstand (ISCED)", (f) => f.esf.isced, ISCED_LABELS],
  ["Drittstaatsangehörige", (f) => f.esf.thirdCountryNational, { yes: "ja", no: "nein" }],
];

const show = (value: number | undefined) => (value === undefined ? "–" : num(value));

function scroller(name: string, table: HTMLTableElement): HTMLElement {
  return h("div", { class: "table-scroll", role: "region", "aria-label": name, tabindex: 0 }, table);
}

/** Rows by quarter, district or Berufsgruppe, and the sum (each person once: not always the rows' sum). */
export function figuresTable(
  rows: readonly ParticipantRow[],
  totals: ParticipantFigures,
  caption: string,
  region: string,
): HTMLElement {
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Bezeichnung"),
    COLUMNS.map(([text]) => h("th", { scope: "col", class: "num" }, text)),
  );
  const line = (label: string, f: ParticipantFigures) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, label),
      COLUMNS.map(([, pick]) => h("td", { class: "num" }, show(pick(f)))),
    );
  return scroller(
    region,
    h(
      "table",
      { class: "data-table data-table--sticky" },
      h("caption", {}, caption),
      h("thead", {}, head),
      h(
        "tbody",
        {},
        rows.map((r) => line(r.label, r)),
      ),
      h("tfoot", {}, line("Summe", totals)),
    ),
  );
}

/**
 * The period's totals broken down — exits by reason, the follow-up by status, the ESF Plus
 * characteristics of the entries — one small table each: the network and, for a coach, the own
 * organisation side by side.
 */
export function breakdownTables(
  network: ParticipantFigures,
  own: ParticipantFigures | undefined,
): HTMLElement[] {
  return BREAKDOWNS.map(([title, pick, labels]) =>
    scroller(
      title,
      h(
        "table",
        { class: "data-table" },
        h("caption", {}, title),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Merkmal"),
            h("th", { scope: "col", class: "num" }, "Netzwerk"),
            // A soft hyphen: the narrow column breaks the long word, not the phone's page.
            own && h("th", { scope: "col", class: "num" }, "Ihre Orga\u00adnisation"),
          ),
        ),
        h(
          "tbody",
          {},
          Object.entries(labels).map(([code, text]) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, text),
              h("td", { class: "num" }, show(pick(network)[code])),
              own && h("td", { class: "num" }, show(pick(own)[code])),
            ),
          ),
        ),
      ),
    ),
  );
}
