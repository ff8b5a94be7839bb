import type { MeasureList } from "../../shared/domain/competent-body.ts";

export type Side = { eu: MeasureList; thirdCountry: MeasureList };
export type Choice = { eu: boolean | "unknown"; thirdCountry: boolean | "unknown" };
const AL = "adaptation-period" as const;
const EP = "aptitude-test" as const;
const KP = "knowledge-exam" as const;
const unknown: Side = { eu: "unknown", thirdCountry: "unknown" };
const noChoice: Choice = { eu: "unknown", thirdCountry: "unknown" };
/** Not regulated: no compensation measure; a partial equivalence is closed voluntarily. */
export const NOT_REGULATED: { measures: Side; choice: Choice } = {
  measures: { eu: [], thirdCountry: [] },
  choice: { eu: false, thirdCountry: false },
};

/**
 * The compensation measures each row's "eu_vs_third_country" text names, read by hand into the
 * plan's measure codes (PRODUCT.md: knowledge-exam, adaptation-period, aptitude-test). Where the
 * text does not say, `unknown`. The script checks every named measure against the row's text.
 */
export const MEASURES: Record<string, { measures: Side; choice: Choice }> = {
  "Ärztin/Arzt|NRW": {
    measures: { eu: [EP], thirdCountry: [KP] },
    choice: { eu: false, thirdCountry: false },
  },
  "Zahnärztin/Zahnarzt|NRW": {
    measures: { eu: [EP], thirdCountry: [KP] },
    choice: { eu: false, thirdCountry: false },
  },
  "Apotheker/in|NRW": {
    measures: { eu: "unknown", thirdCountry: [KP] },
    choice: { eu: "unknown", thirdCountry: false },
  },
  "Pflegefachfrau/Pflegefachmann|NRW": {
    measures: { eu: [EP, AL], thirdCountry: [KP, AL] },
    choice: { eu: "unknown", thirdCountry: true },
  },
  "Hebamme|NRW": { measures: { eu: [EP, AL], thirdCountry: [KP, AL] }, choice: noChoice },
  "Physiotherapeut/in|NRW": { measures: { eu: [EP, AL], thirdCountry: [KP, AL] }, choice: noChoice },
  "Ergotherapeut/in|NRW": { measures: { eu: [EP, AL], thirdCountry: [KP, AL] }, choice: noChoice },
  "Logopäd/in|NRW": { measures: { eu: [EP, AL], thirdCountry: [KP, AL] }, choice: noChoice },
  "Notfallsanitäter/in|NRW": { measures: { eu: [EP, AL], thirdCountry: [KP, AL] }, choice: noChoice },
  "Medizinische/r Technologe/Technologin für Radiologie (MTR) / für Laboratoriumsanalytik (MTL)|NRW": {
    measures: { eu: [EP, AL], thirdCountry: [KP, AL] },
    choice: noChoice,
  },
  "Pharmazeutisch-technische/r Assistent/in (PTA)|NRW": {
    measures: { eu: [EP, AL], thirdCountry: [KP, AL] },
    choice: { eu: "unknown", thirdCountry: true },
  },
  "Pflegefachassistenz / Altenpflegehilfe / Gesundheits- und Krankenpflegeassistenz|NRW": {
    measures: unknown,
    choice: noChoice,
  },
  "Lehrer/in|NRW": { measures: { eu: [AL, EP], thirdCountry: [AL, EP] }, choice: noChoice },
  "Erzieher/in (staatlich anerkannt)|NRW": { measures: unknown, choice: noChoice },
  "Sozialarbeiter/in / Sozialpädagog/in (staatliche Anerkennung)|NRW": {
    measures: { eu: [AL, EP], thirdCountry: [AL, EP] },
    choice: { eu: true, thirdCountry: true },
  },
  "Ingenieur/in|NRW": { measures: unknown, choice: noChoice },
  "Architekt/in|NRW": { measures: unknown, choice: noChoice },
  "Ärztin/Arzt|Sachsen": {
    measures: { eu: "unknown", thirdCountry: [KP] },
    choice: { eu: "unknown", thirdCountry: false },
  },
  "Zahnärztin/Zahnarzt|Sachsen": {
    measures: { eu: "unknown", thirdCountry: [KP] },
    choice: { eu: "unknown", thirdCountry: false },
  },
  "Apotheker/in|Sachsen": {
    measures: { eu: "unknown", thirdCountry: [KP] },
    choice: { eu: "unknown", thirdCountry: false },
  },
  "Lehrer/in|Sachsen": { measures: unknown, choice: noChoice },
  "Erzieher/in (staatlich anerkannt)|Sachsen": { measures: unknown, choice: noChoice },
  "Sozialarbeiter/in / Sozialpädagog/in (staatliche Anerkennung)|Sachsen": {
    measures: unknown,
    choice: noChoice,
  },
  "Ingenieur/in|Sachsen": { measures: unknown, choice: noChoice },
  "Architekt/in|Sachsen": { measures: unknown, choice: noChoice },
};
/** Sachsen's health professions: the KSV lets the applicant choose AL or EP (EU) / KP (third country). */
export const KSV_CHOICE: { measures: Side; choice: Choice } = {
  measures: { eu: [AL, EP], thirdCountry: [AL, KP] },
  choice: { eu: true, thirdCountry: true },
};

export const MEASURE_WORDS: Record<string, RegExp> = {
  [AL]: /Anpassungslehrgang|\bAL\b/,
  [EP]: /Eignungsprüfung|\bEP\b/,
  [KP]: /Kenntnisprüfung|\bKP\b/,
};
