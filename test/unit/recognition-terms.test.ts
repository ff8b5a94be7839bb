import { describe, expect, it } from "vitest";
import {
  OFFER_COLUMNS,
  OFFER_KIND_LABELS as CSV_KINDS,
  FUNDING_LABELS as CSV_FUNDING,
} from "../../shared/csv/offer-columns.ts";
import { isRetiredFunding, withCurrentFunding } from "../../shared/domain/funding.ts";
import { outcomeFields } from "../../shared/domain/milestone.ts";
import { FLOW_FIELDS } from "../../shared/domain/statistics.ts";
import { DEMO_TARGETS, parseTargets } from "../../shared/domain/statistics-targets.ts";
import { TRANSLATIONS } from "../../shared/handout/translations/index.ts";
import { FUNDING, OFFER_KINDS } from "../../shared/schemas/qualification-offer.ts";
import { FUNDING_LABELS, OFFER_KIND_LABELS } from "../../web/src/core/labels.ts";

// Issue 27: the terms a recognition counsellor reads, pinned where coaches, providers and candidates see them.
describe("Anpassungsqualifizierung and Anpassungslehrgang", () => {
  it("labels adaptation-course an Anpassungsqualifizierung and adaptation-period the legal Anpassungslehrgang", () => {
    expect(OFFER_KIND_LABELS["adaptation-course"]).toBe(
      "Anpassungsqualifizierung (nicht reglementierte Berufe)",
    );
    expect(OFFER_KIND_LABELS["adaptation-period"]).toBe(
      "Anpassungslehrgang (Ausgleichsmaßnahme, reglementierte Berufe)",
    );
    expect(CSV_KINDS["adaptation-course"]).toBe("Anpassungsqualifizierung");
    expect(CSV_KINDS["adaptation-period"]).toBe("Anpassungslehrgang (Ausgleichsmaßnahme)");
    expect(TRANSLATIONS.de.offerKinds["adaptation-course"]).toBe("Anpassungsqualifizierung");
    expect(TRANSLATIONS.de.offerKinds["adaptation-period"]).toBe("Anpassungslehrgang (Ausgleichsmaßnahme)");
    // Every language keeps the German term next to its own, so the candidate can name it at the office.
    for (const [lang, texts] of Object.entries(TRANSLATIONS)) {
      expect(texts.offerKinds["adaptation-course"], lang).toContain("Anpassungsqualifizierung");
      expect(texts.offerKinds["adaptation-period"], lang).toContain("Anpassungslehrgang");
      expect(texts.offerKinds["adaptation-course"], lang).not.toContain("Anpassungslehrgang");
    }
  });

  it("reads the old CSV label „Anpassungslehrgang“ as the same kind it always meant", () => {
    const kind = OFFER_COLUMNS.columns.find((c) => c.header === "Art");
    expect(kind?.format.read("Anpassungslehrgang")).toBe("adaptation-course");
    expect(kind?.format.read("Anpassungsqualifizierung")).toBe("adaptation-course");
    expect(kind?.format.read("Anpassungslehrgang (Ausgleichsmaßnahme)")).toBe("adaptation-period");
    expect(kind?.format.write("adaptation-period")).toBe("Anpassungslehrgang (Ausgleichsmaßnahme)");
    expect(OFFER_KINDS).toContain("adaptation-period");
  });
});

describe("Anerkennungszuschuss", () => {
  it("is no funding of a course anywhere: schema, labels, CSV, handout", () => {
    expect(FUNDING).not.toContain("anerkennungszuschuss");
    expect(Object.keys(FUNDING_LABELS)).not.toContain("anerkennungszuschuss");
    expect(Object.keys(CSV_FUNDING)).not.toContain("anerkennungszuschuss");
    for (const texts of Object.values(TRANSLATIONS))
      expect(Object.keys(texts.fundingKinds)).toEqual([...FUNDING]);
  });

  it("drops it from stored items and old CSV cells, leaving everything else as it was", () => {
    expect(isRetiredFunding("anerkennungszuschuss")).toBe(true);
    expect(isRetiredFunding("iq-funded")).toBe(false);
    const stored = { id: "o", funding: ["bildungsgutschein", "anerkennungszuschuss", "iq-funded"] };
    expect(withCurrentFunding(stored)).toEqual({ id: "o", funding: ["bildungsgutschein", "iq-funded"] });
    const current = { id: "p", funding: ["iq-funded"] };
    expect(withCurrentFunding(current)).toBe(current);
    const place = { id: "q", kinds: ["hospitation"] };
    expect(withCurrentFunding(place)).toBe(place);
    const funding = OFFER_COLUMNS.columns.find((c) => c.header === "Förderung");
    expect(funding?.format.read("Anerkennungszuschuss, IQ-Förderung")).toEqual(["iq-funded"]);
    expect(funding?.format.read("Anerkennungszuschuss")).toEqual([]);
    expect(() => funding?.format.read("Lottogewinn")).toThrow(/„Lottogewinn“ ist unbekannt/);
  });
});

describe("IQ targets count IQ-funded qualifications (issue 27)", () => {
  it("counts a qualification begun in an IQ-funded offer twice: begun, and IQ-funded; others once", () => {
    expect(outcomeFields("qualification.started", undefined, true)).toEqual([
      "qualificationsStarted",
      "iqQualificationsStarted",
    ]);
    expect(outcomeFields("qualification.started", undefined, false)).toEqual(["qualificationsStarted"]);
    expect(outcomeFields("qualification.started", undefined)).toEqual(["qualificationsStarted"]);
    expect(outcomeFields("qualification.completed", undefined, true)).toEqual(["qualificationsCompleted"]);
  });

  it("takes the IQ figure as a target and makes it the demo network's", () => {
    const target = { label: "IQ", target: 1000, from: "2026-01", to: "2028-12" };
    expect(parseTargets(JSON.stringify([{ figure: "iqQualificationsStarted", ...target }]))).toEqual([
      { figure: "iqQualificationsStarted", ...target },
    ]);
    expect(DEMO_TARGETS.map((t) => t.figure)).toEqual(["iqQualificationsStarted"]);
    expect(FLOW_FIELDS).toContain("iqQualificationsStarted");
  });
});
