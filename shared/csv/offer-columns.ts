import { FUNDING, OFFER_FORMATS, OFFER_KINDS } from "../schemas/qualification-offer.ts";
import { STATE_NAMES } from "../schemas/states.ts";
import {
  choice,
  code,
  date,
  decimal,
  integer,
  language,
  listOf,
  text,
  upperCase,
  yesNo,
} from "./cell-formats.ts";
import type { CellFormat } from "./cell-formats.ts";
import { modules } from "./module-cells.ts";
import type { ColumnSet } from "./column-set.ts";
import { CONTACT_AND_STATUS_COLUMNS } from "./status-labels.ts";

export const OFFER_KIND_LABELS: Record<(typeof OFFER_KINDS)[number], string> = {
  "adaptation-course": "Anpassungsqualifizierung",
  "adaptation-period": "Anpassungslehrgang (Ausgleichsmaßnahme)",
  "knowledge-exam-prep": "Vorbereitung Kenntnisprüfung",
  "aptitude-test-prep": "Vorbereitung Eignungsprüfung",
  "on-the-job-adaptation": "Betriebliche Anpassung",
  "language-course": "Sprachkurs",
  "bridge-course": "Brückenkurs",
  other: "Sonstiges",
};

/**
 * Templates before issue 27 called `adaptation-course` "Anpassungslehrgang": such files keep
 * importing as that same kind. The legal Anpassungslehrgang is now its own kind with its own label.
 */
const OLD_KIND_LABELS = { aliases: { Anpassungslehrgang: "adaptation-course" } };

/** "Anerkennungszuschuss" (old templates) is read as nothing: the grant pays the procedure, not courses. */
const OLD_FUNDING_LABELS = { dropped: ["Anerkennungszuschuss", "anerkennungszuschuss"] };

export const OFFER_FORMAT_LABELS: Record<(typeof OFFER_FORMATS)[number], string> = {
  "in-person": "Präsenz",
  online: "Online",
  hybrid: "Hybrid",
};

export const FUNDING_LABELS: Record<(typeof FUNDING)[number], string> = {
  bildungsgutschein: "Bildungsgutschein",
  "iq-funded": "IQ-Förderung",
  employer: "Arbeitgeber",
  "self-pay": "Selbstzahlung",
  other: "Sonstige",
};

/** Bundesländer by name (or AGS code); a blank cell means "everywhere", not an empty list. */
const states: CellFormat = {
  read: (cell) => (cell.trim() === "" ? undefined : listOf(choice(STATE_NAMES)).read(cell)),
  write: listOf(choice(STATE_NAMES)).write,
};

/** Qualification offers: one row per offer, keyed by "Externe ID" within the organisation. */
export const OFFER_COLUMNS: ColumnSet = {
  fileName: "qualifizierungsangebote",
  columns: [
    { header: "Externe ID", path: "externalId", format: text() },
    { header: "Titel", path: "title", format: text() },
    { header: "Beschreibung", path: "description", format: text("") },
    { header: "Anbieter", path: "provider.name", format: text() },
    { header: "Anbieter Website", path: "provider.url", format: text() },
    { header: "Berufe (KldB)", path: "occupations", format: listOf(code) },
    { header: "Art", path: "kind", format: choice(OFFER_KIND_LABELS, OLD_KIND_LABELS) },
    { header: "Format", path: "format", format: choice(OFFER_FORMAT_LABELS) },
    { header: "PLZ", path: "location.postalCode", format: code },
    { header: "Beginn", path: "start", format: date },
    { header: "Ende", path: "end", format: date },
    { header: "Laufender Einstieg", path: "rolling", format: yesNo },
    { header: "Vollzeit", path: "fullTime", format: yesNo },
    { header: "Dauer (Wochen)", path: "durationWeeks", format: integer },
    { header: "Deutschniveau", path: "germanLevel", format: upperCase },
    { header: "Sprachen", path: "languages", format: listOf(language) },
    { header: "Förderung", path: "funding", format: listOf(choice(FUNDING_LABELS, OLD_FUNDING_LABELS)) },
    { header: "Kosten (EUR)", path: "costEur", format: decimal },
    { header: "Plätze", path: "seats", format: integer },
    ...CONTACT_AND_STATUS_COLUMNS,
    // Added later (issue 14): at the end, so files made with the earlier template keep their columns.
    { header: "Zielniveau Deutsch", path: "targetGermanLevel", format: upperCase, optional: true },
    { header: "Anerkennung nur in", path: "validIn", format: states, optional: true },
    // Issue 28: one module per line, "Titel | Thema; Thema | Stunden | Art | Termine | ID" (module-cells.ts).
    { header: "Module", path: "modules", format: modules, optional: true },
  ],
  example: {
    externalId: "KURS-2027-01",
    title: "Anpassungslehrgang Pflege mit Praxiseinsätzen",
    description: "Theorieblöcke und betreute Einsätze in Akut- und Langzeitpflege.\nEinstieg monatlich.",
    provider: { name: "Bildungsträger Muster gGmbH", url: "https://example.org/pflege" },
    occupations: ["81302"],
    // The legal Anpassungslehrgang of a regulated profession (Pflege), as the Bescheid sets it.
    kind: "adaptation-period",
    format: "in-person",
    location: { postalCode: "33602" },
    start: "2027-03-01",
    end: "2027-08-31",
    rolling: true,
    fullTime: true,
    durationWeeks: 26,
    germanLevel: "B1",
    languages: ["ar", "uk"],
    funding: ["bildungsgutschein", "iq-funded"],
    costEur: 1250.5,
    seats: 12,
    contact: { name: "Max Beispiel", email: "max.beispiel@example.org", phone: "0521 123456" },
    status: "draft",
    modules: [
      {
        id: "M1",
        title: "Pflegeprozess und Dokumentation",
        topics: ["Pflegeprozess", "Pflegedokumentation"],
        hours: 120,
        kind: "theory",
        startDates: ["2027-03-01", "2027-09-01"],
      },
      { id: "M2", title: "Praxiseinsatz Akutpflege", topics: ["Akutpflege"], hours: 400, kind: "practice" },
    ],
  },
};
