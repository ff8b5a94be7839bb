import { describe, expect, it } from "vitest";
import { normaliseTopic, topicKey } from "../../shared/vocabulary/topic.ts";

describe("a typed topic (shared/vocabulary/topic.ts)", () => {
  it("is stored in NFKC form, trimmed, with one space between words", () => {
    expect(normaliseTopic("  Pflege   im\tKrankenhaus \n")).toBe("Pflege im Krankenhaus");
    expect(normaliseTopic("Hygiene\u00a0und\u2003Infektionsschutz")).toBe("Hygiene und Infektionsschutz");
    // Compatibility forms: the ligature "ﬁ", full-width letters and digits.
    expect(normaliseTopic("Pﬂege ＥＫＧ １２")).toBe("Pflege EKG 12");
    // Composed and decomposed umlauts are one word.
    expect(normaliseTopic("Pa\u0308diatrie")).toBe("P\u00e4diatrie");
    expect(normaliseTopic("Anatomie")).toBe("Anatomie");
    expect(normaliseTopic("   ")).toBe("");
  });

  it("keeps the case it was typed in: only the comparison key folds it", () => {
    expect(normaliseTopic("Pflegeprozess")).toBe("Pflegeprozess");
    expect(normaliseTopic("pflegeprozess")).toBe("pflegeprozess");
  });

  it("compares by a key that ignores case, spacing and compatibility forms", () => {
    expect(topicKey(" Pflege  im  KRANKENHAUS")).toBe("pflege im krankenhaus");
    expect(topicKey("ÜBERLEITUNG")).toBe("überleitung");
    expect(topicKey("Pﬂege")).toBe(topicKey("pflege"));
    expect(topicKey("Pa\u0308diatrie")).toBe(topicKey("PÄDIATRIE"));
    expect(topicKey("Pflege im Krankenhaus")).not.toBe(topicKey("Pflege im Krankenhau"));
    expect(topicKey("Notfall management")).not.toBe(topicKey("Notfallmanagement"));
  });
});
