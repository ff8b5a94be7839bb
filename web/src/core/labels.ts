/** German labels for the API's codes. */
export const GERMAN_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;

export const ROLE_LABELS = {
  coach: "Beratung (IQ-Projekt)",
  employer: "Arbeitgeber",
  provider: "Bildungsträger",
  admin: "Netzwerk-Administration",
} as const;

export const STATUS_LABELS = {
  draft: "Entwurf",
  published: "Veröffentlicht",
  archived: "Archiviert",
} as const;

export const REFERRAL_LABELS = {
  proposed: "Vorgeschlagen",
  accepted: "Angenommen",
  declined: "Abgelehnt",
  withdrawn: "Zurückgezogen",
} as const;

export const PLACE_KIND_LABELS = {
  hospitation: "Hospitation",
  internship: "Praktikum",
  "on-the-job-adaptation": "Betriebliche Anpassungsqualifizierung",
  "mentoring-tandem": "Mentoring-Tandem",
} as const;

/**
 * An Anpassungsqualifizierung closes the differences of a partial equivalence (non-regulated
 * occupations, voluntary); the Anpassungslehrgang is the compensation measure a Bescheid sets for a
 * regulated profession, like the Kenntnis- and Eignungsprüfung.
 */
export const OFFER_KIND_LABELS = {
  "adaptation-course": "Anpassungsqualifizierung (nicht reglementierte Berufe)",
  "adaptation-period": "Anpassungslehrgang (Ausgleichsmaßnahme, reglementierte Berufe)",
  "knowledge-exam-prep": "Vorbereitung auf die Kenntnisprüfung",
  "aptitude-test-prep": "Vorbereitung auf die Eignungsprüfung",
  "on-the-job-adaptation": "Betriebliche Anpassungsqualifizierung",
  "language-course": "Berufsbezogener Sprachkurs",
  "bridge-course": "Brückenmaßnahme",
  other: "Sonstiges",
} as const;

/** Another organisation's seats in words (issue 26: no count of people outside the owner). */
export const AVAILABILITY_LABELS = { free: "frei", few: "wenige Plätze", full: "ausgebucht" } as const;

export const FORMAT_LABELS = { "in-person": "Präsenz", online: "Online", hybrid: "Hybrid" } as const;

export const FUNDING_LABELS = {
  bildungsgutschein: "Bildungsgutschein",
  "iq-funded": "IQ-gefördert",
  employer: "Arbeitgeber",
  "self-pay": "Selbstzahlung",
  other: "Sonstige",
} as const;

/** Languages candidates and mentors speak most often in the IQ networks (ISO 639-1). */
export const LANGUAGE_LABELS: Record<string, string> = {
  ar: "Arabisch",
  bg: "Bulgarisch",
  zh: "Chinesisch",
  de: "Deutsch",
  en: "Englisch",
  fr: "Französisch",
  el: "Griechisch",
  it: "Italienisch",
  hr: "Kroatisch",
  ku: "Kurdisch",
  ps: "Paschtu",
  fa: "Persisch",
  pl: "Polnisch",
  pt: "Portugiesisch",
  ro: "Rumänisch",
  ru: "Russisch",
  sr: "Serbisch",
  so: "Somali",
  es: "Spanisch",
  sq: "Albanisch",
  ti: "Tigrinya",
  tr: "Türkisch",
  uk: "Ukrainisch",
  hu: "Ungarisch",
  vi: "Vietnamesisch",
};

/** Label for a code, or the code itself when unknown. */
export function label<T extends Record<string, string>>(labels: T, code: string | undefined): string {
  return code === undefined ? "" : ((labels as Record<string, string>)[code] ?? code);
}

export const languageList = (codes: readonly string[] | undefined) =>
  (codes ?? []).map((c) => label(LANGUAGE_LABELS, c)).join(", ");

/** The notes a coach adds to a proposal, with the labels partners read (one list, in shared/domain). */
export { NOTE_CODES, NOTE_LABELS, noteLabel } from "../../../shared/vocabulary/referral-notes.ts";

/**
 * The recognition case (issue 28). "Teilanerkennung" is not a decision: a non-regulated
 * occupation's Bescheid finds partial equivalence, a regulated profession's sets a compensation
 * measure (Ausgleichsmaßnahme).
 */
export const DECISION_KIND_LABELS = {
  full: "volle Gleichwertigkeit",
  "partial-equivalence": "teilweise Gleichwertigkeit",
  "compensation-required": "Ausgleichsmaßnahme erforderlich",
  permit: "Berufserlaubnis",
  refused: "abgelehnt",
} as const;

export const MEASURE_LABELS = {
  "knowledge-exam": "Kenntnisprüfung",
  "adaptation-period": "Anpassungslehrgang",
  "aptitude-test": "Eignungsprüfung",
} as const;

export const TRAINED_IN_LABELS = {
  eu: "EU, EWR oder Schweiz",
  "third-country": "Drittstaat",
} as const;

/** The kind of a difference the Bescheid names, and of an offer's module that closes it. */
export const LEARNING_KIND_LABELS = { theory: "Theorie", practice: "Praxis", language: "Sprache" } as const;

export const RECOGNITION_STATUS_LABELS = {
  none: "Noch kein Antrag",
  pending: "Verfahren läuft",
  partial: "Teilweise Gleichwertigkeit / Ausgleichsmaßnahme erforderlich",
  full: "Voll anerkannt",
} as const;
