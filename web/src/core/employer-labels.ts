/**
 * German labels for the employer counselling codes (shared/schemas/employer.ts): the WZ 2008
 * sections as Destatis titles them, the EU SME bands with their staff limits, session formats,
 * counselling topics and measure statuses.
 */
import type {
  COUNSELLING_TOPICS,
  EMPLOYER_SIZES,
  MEASURE_STATUSES,
  SESSION_FORMATS,
  WZ_SECTIONS,
} from "../../../shared/schemas/employer.ts";

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const SECTOR_LABELS: Labels<typeof WZ_SECTIONS> = {
  A: "Land- und Forstwirtschaft, Fischerei",
  B: "Bergbau und Gewinnung von Steinen und Erden",
  C: "Verarbeitendes Gewerbe",
  D: "Energieversorgung",
  E: "Wasserversorgung; Abwasser- und Abfallentsorgung, Beseitigung von Umweltverschmutzungen",
  F: "Baugewerbe",
  G: "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
  H: "Verkehr und Lagerei",
  I: "Gastgewerbe",
  J: "Information und Kommunikation",
  K: "Erbringung von Finanz- und Versicherungsdienstleistungen",
  L: "Grundstücks- und Wohnungswesen",
  M: "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
  N: "Sonstige wirtschaftliche Dienstleistungen",
  O: "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
  P: "Erziehung und Unterricht",
  Q: "Gesundheits- und Sozialwesen",
  R: "Kunst, Unterhaltung und Erholung",
  S: "Sonstige Dienstleistungen",
  T: "Private Haushalte mit Hauspersonal",
  U: "Exterritoriale Organisationen und Körperschaften",
};

/** "C – Verarbeitendes Gewerbe": the letter first, as the WZ lists it. */
export const sectorText = (code: string) =>
  `${code} – ${(SECTOR_LABELS as Record<string, string>)[code] ?? code}`;

/** The EU's SME definition by staff (Empfehlung 2003/361/EG); the first three are SMEs (KMU). */
export const SIZE_LABELS: Labels<typeof EMPLOYER_SIZES> = {
  micro: "Kleinstunternehmen: unter 10",
  small: "Kleines Unternehmen: 10 bis 49",
  medium: "Mittleres Unternehmen: 50 bis 249",
  large: "Großunternehmen: 250 und mehr",
};

/** "Mittleres Unternehmen: 50 bis 249 Beschäftigte (KMU)", where the band stands alone. */
export const sizeText = (code: string) =>
  `${(SIZE_LABELS as Record<string, string>)[code] ?? code} Beschäftigte${code === "large" ? "" : " (KMU)"}`;

export const SESSION_FORMAT_LABELS: Labels<typeof SESSION_FORMATS> = {
  "on-site": "Vor Ort",
  online: "Online",
  phone: "Telefon",
};

export const COUNSELLING_TOPIC_LABELS: Labels<typeof COUNSELLING_TOPICS> = {
  recognition: "Anerkennung ausländischer Abschlüsse",
  "skilled-immigration": "Fachkräfteeinwanderung",
  onboarding: "Einarbeitung und Onboarding",
  "intercultural-competence": "Interkulturelle Kompetenz",
  "anti-discrimination": "Antidiskriminierung",
  "language-at-work": "Sprache am Arbeitsplatz",
  mentoring: "Mentoring",
  funding: "Förderung",
  retention: "Fachkräftebindung",
};

export const MEASURE_STATUS_LABELS: Labels<typeof MEASURE_STATUSES> = {
  agreed: "Vereinbart",
  "in-progress": "In Arbeit",
  done: "Erledigt",
  dropped: "Verworfen",
};
