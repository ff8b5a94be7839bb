import { PLACE_KINDS } from "../schemas/mentoring-place.ts";
import { choice, code, date, decimal, integer, language, listOf, text, upperCase } from "./cell-formats.ts";
import type { ColumnSet } from "./column-set.ts";
import { CONTACT_AND_STATUS_COLUMNS } from "./status-labels.ts";

export const PLACE_KIND_LABELS: Record<(typeof PLACE_KINDS)[number], string> = {
  hospitation: "Hospitation",
  internship: "Praktikum",
  "on-the-job-adaptation": "Betriebliche Anpassung",
  "mentoring-tandem": "Mentoring-Tandem",
};

/** Mentoring places: one row per place, keyed by "Externe ID" within the organisation. */
export const PLACE_COLUMNS: ColumnSet = {
  fileName: "mentoringplaetze",
  columns: [
    { header: "Externe ID", path: "externalId", format: text() },
    { header: "Titel", path: "title", format: text() },
    { header: "Beschreibung", path: "description", format: text("") },
    { header: "Berufe (KldB)", path: "occupations", format: listOf(code) },
    { header: "Arten", path: "kinds", format: listOf(choice(PLACE_KIND_LABELS)) },
    { header: "PLZ", path: "location.postalCode", format: code },
    { header: "Plätze", path: "capacity", format: integer },
    { header: "Verfügbar ab", path: "availableFrom", format: date },
    { header: "Verfügbar bis", path: "availableUntil", format: date },
    { header: "Stunden pro Woche", path: "hoursPerWeek", format: decimal },
    { header: "Deutschniveau", path: "germanLevel", format: upperCase },
    { header: "Sprachen", path: "languages", format: listOf(language) },
    ...CONTACT_AND_STATUS_COLUMNS,
  ],
  example: {
    externalId: "MENTORING-01",
    title: "Mentoring Elektroniker/in Energie- und Gebäudetechnik",
    description: "Praxisphase im Handwerksbetrieb mit festem Mentor.",
    occupations: ["26212"],
    kinds: ["mentoring-tandem", "hospitation"],
    location: { postalCode: "33332" },
    capacity: 2,
    availableFrom: "2027-01-01",
    availableUntil: "2027-12-31",
    hoursPerWeek: 20,
    germanLevel: "B1",
    languages: ["ar", "en"],
    contact: { name: "Eva Muster", email: "eva.muster@example.org", phone: "05241 98765" },
    status: "draft",
  },
};
