import { describe, expect, it } from "vitest";
import { EMPLOYER_SIZE_LABELS, WZ_SECTION_LABELS } from "../../shared/domain/employer-labels.ts";

describe("employer labels", () => {
  it("names the WZ 2008 sections as Destatis does (the long ones shortened)", () => {
    expect(WZ_SECTION_LABELS).toEqual({
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
    });
  });

  it("names the size bands by the EU SME definition's staff headcounts", () => {
    expect(EMPLOYER_SIZE_LABELS).toEqual({
      micro: "Kleinstunternehmen (unter 10 Beschäftigte)",
      small: "Kleines Unternehmen (10 bis 49 Beschäftigte)",
      medium: "Mittleres Unternehmen (50 bis 249 Beschäftigte)",
      large: "Großunternehmen (ab 250 Beschäftigte)",
    });
  });
});
