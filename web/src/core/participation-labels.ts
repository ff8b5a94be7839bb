import type {
  AGE_BANDS,
  EMPLOYMENT_AT_ENTRY,
  EXIT_REASONS,
  FOLLOWUP_STATUSES,
  GENDERS,
  ISCED_LEVELS,
} from "../../../shared/schemas/participation.ts";

/**
 * German labels for the participation codes (issue 30): why a participation ended, what the
 * six-month follow-up found, and the ESF Plus bands. Typed by the schema's lists, so a code added
 * there without a label here fails the type check.
 */
type Labels<T extends readonly string[]> = Record<T[number], string>;

export const EXIT_REASON_LABELS: Labels<typeof EXIT_REASONS> = {
  "plan-completed": "Qualifizierungsplan abgeschlossen",
  employment: "Beschäftigung aufgenommen",
  moved: "Weggezogen",
  "dropped-out": "Abgebrochen",
  other: "Anderer Grund",
};

export const FOLLOWUP_STATUS_LABELS: Labels<typeof FOLLOWUP_STATUSES> = {
  "employed-adequate": "Adäquat beschäftigt (auf dem Niveau des Referenzberufs)",
  employed: "Beschäftigt, unter dem Niveau des Referenzberufs",
  "in-qualification": "In Qualifizierung",
  "not-employed": "Nicht beschäftigt",
  unknown: "Nicht bekannt (nicht erreicht)",
};

export const AGE_BAND_LABELS: Labels<typeof AGE_BANDS> = {
  "<25": "unter 25 Jahre",
  "25-54": "25 bis 54 Jahre",
  "55+": "55 Jahre und älter",
};

export const GENDER_LABELS: Labels<typeof GENDERS> = {
  female: "weiblich",
  male: "männlich",
  diverse: "divers",
  unspecified: "ohne Angabe",
};

export const EMPLOYMENT_AT_ENTRY_LABELS: Labels<typeof EMPLOYMENT_AT_ENTRY> = {
  employed: "erwerbstätig (auch selbstständig)",
  unemployed: "arbeitslos",
  inactive: "nicht erwerbstätig (nicht arbeitsuchend)",
};

export const ISCED_LABELS: Labels<typeof ISCED_LEVELS> = {
  "0-2": "ISCED 0–2: bis Sekundarstufe I",
  "3-4": "ISCED 3–4: Sekundarstufe II, Berufsausbildung",
  "5-8": "ISCED 5–8: Hochschule, Meister, Techniker",
};

export const THIRD_COUNTRY_LABELS = { true: "ja", false: "nein" } as const;
