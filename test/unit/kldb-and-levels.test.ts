import { describe, expect, it } from "vitest";
import { GERMAN_LEVELS, levelsBelow } from "../../shared/domain/german-level.ts";
import {
  bestOccupationMatch,
  kldbGroup,
  kldbGroups,
  kldbSubgroup,
  requirementLevel,
} from "../../shared/domain/kldb.ts";

describe("bestOccupationMatch", () => {
  it("grades same Berufsgattung, Berufsuntergruppe and Berufsgruppe", () => {
    expect(bestOccupationMatch("26212", ["26212"])?.grade).toBe("exact");
    expect(bestOccupationMatch("26212", ["26213"])?.grade).toBe("sameSubgroup");
    expect(bestOccupationMatch("26212", ["26222"])?.grade).toBe("sameGroup");
    expect(bestOccupationMatch("26212", ["26312", "81302"])).toBeUndefined();
  });
  it("picks the closest of several codes", () => {
    expect(bestOccupationMatch("81302", ["81301", "81302", "81322"])).toEqual({
      grade: "exact",
      code: "81302",
    });
    expect(bestOccupationMatch("81302", ["81322", "81303"])).toEqual({
      grade: "sameSubgroup",
      code: "81303",
    });
    // Whatever the order, the closest code wins; among equally close codes the first listed.
    expect(bestOccupationMatch("81302", ["81322", "81303", "81302"])?.code).toBe("81302");
    expect(bestOccupationMatch("81302", ["81303", "81322"])?.code).toBe("81303");
    expect(bestOccupationMatch("81302", ["81301", "81304"])?.code).toBe("81301");
    expect(bestOccupationMatch("81302", ["81321", "81331"])?.code).toBe("81321");
    expect(bestOccupationMatch("81302", [])).toBeUndefined();
  });
  it("cuts a code into Berufsgruppe and Berufsuntergruppe", () => {
    expect(kldbGroup("81302")).toBe("813");
    expect(kldbSubgroup("81302")).toBe("8130");
  });
  it("names the Anforderungsniveau from the fifth digit", () => {
    expect(requirementLevel("26212")).toBe("Fachkraft");
    expect(requirementLevel("25104")).toBe("Experte");
    expect(requirementLevel("81301")).toBe("Helfer");
    expect(requirementLevel("81313")).toBe("Spezialist");
    expect(requirementLevel("81309")).toBe("unbekannt");
    expect(requirementLevel("8130")).toBe("unbekannt");
  });
  it("lists each Berufsgruppe once", () => {
    expect(kldbGroups(["81302", "26212", "26213", "81322"])).toEqual(["262", "813"]);
  });
});

describe("levelsBelow", () => {
  it("counts CEFR steps below a requirement", () => {
    expect(levelsBelow("B1", "B2")).toBe(1);
    expect(levelsBelow("A2", "B2")).toBe(2);
    expect(levelsBelow("C1", "B2")).toBe(0);
    expect(levelsBelow("B2", "B2")).toBe(0);
    expect(levelsBelow("A1", "C2")).toBe(5);
  });
  it("orders the levels A1 to C2, one step apart", () => {
    expect(GERMAN_LEVELS).toEqual(["A1", "A2", "B1", "B2", "C1", "C2"]);
    for (let i = 1; i < GERMAN_LEVELS.length; i++) {
      const [lower, higher] = [GERMAN_LEVELS[i - 1], GERMAN_LEVELS[i]];
      if (!lower || !higher) throw new Error("unreachable");
      expect(levelsBelow(lower, higher)).toBe(1);
      expect(levelsBelow(higher, lower)).toBe(0);
    }
  });
});
