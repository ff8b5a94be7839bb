import { describe, expect, it } from "vitest";
import { levelsBelow } from "../../shared/domain/german-level.ts";
import { bestOccupationMatch, kldbGroups, requirementLevel } from "../../shared/domain/kldb.ts";

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
  });
  it("names the Anforderungsniveau from the fifth digit", () => {
    expect(requirementLevel("26212")).toBe("Fachkraft");
    expect(requirementLevel("25104")).toBe("Experte");
  });
  it("lists each Berufsgruppe once", () => {
    expect(kldbGroups(["26212", "26213", "81302"])).toEqual(["262", "813"]);
  });
});

describe("levelsBelow", () => {
  it("counts CEFR steps below a requirement", () => {
    expect(levelsBelow("B1", "B2")).toBe(1);
    expect(levelsBelow("A2", "B2")).toBe(2);
    expect(levelsBelow("C1", "B2")).toBe(0);
    expect(levelsBelow("B2", "B2")).toBe(0);
  });
});
