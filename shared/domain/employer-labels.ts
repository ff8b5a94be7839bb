import type { EmployerSize, WzSection } from "../schemas/employer.ts";

/**
 * WZ 2008 sections (Abschnitte) as Destatis names them, shortened where they run long. The one
 * table of these labels: the statistics, their CSV and the web pages read it.
 */
export const WZ_SECTION_LABELS: Record<WzSection, string> = {
  A: "Land- und Forstwirtschaft, Fischerei",
  B: "Bergbau und Gewinnung von Steinen und Erden",
  C: "Verarbeitendes Gewerbe",
  D: "Energieversorgung",
  E: "Wasserversorgung, Abwasser- und Abfallentsorgung",
  F: "Baugewerbe",
  G: "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
  H: "Verkehr und Lagerei",
  I: "Gastgewerbe",
  J: "Information und Kommunikation",
  K: "Finanz- und Versicherungsdienstleistungen",
  L: "Grundstücks- und Wohnungswesen",
  M: "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
  N: "Sonstige wirtschaftliche Dienstleistungen",
  O: "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
  P: "Erziehung und Unterricht",
  Q: "Gesundheits- und Sozialwesen",
  R: "Kunst, Unterhaltung und Erholung",
  S: "Sonstige Dienstleistungen",
  T: "Private Haushalte",
  U: "Exterritoriale Organisationen und Körperschaften",
};

/** EU SME bands by staff (Empfehlung 2003/361/EG); the first three are SMEs (KMU). */
export const EMPLOYER_SIZE_LABELS: Record<EmployerSize, string> = {
  micro: "Kleinstunternehmen (unter 10 Beschäftigte)",
  small: "Kleines Unternehmen (10 bis 49 Beschäftigte)",
  medium: "Mittleres Unternehmen (50 bis 249 Beschäftigte)",
  large: "Großunternehmen (ab 250 Beschäftigte)",
};
