import { describe, expect, it } from "vitest";
import { germanFit, teachesNothing } from "../../shared/domain/german-fit.ts";

describe("the German requirement against the candidate's level", () => {
  it("counts fully and says nothing when nothing is required", () => {
    expect(germanFit("A1", undefined)).toEqual({ factor: 1 });
    expect(germanFit(undefined, undefined)).toEqual({ factor: 1 });
  });

  it("halves the score and says so when the candidate's level is unknown", () => {
    expect(germanFit(undefined, "B2")).toEqual({
      factor: 0.5,
      reason: {
        code: "german.unknown",
        text: "Gefordert: Deutsch B2; Niveau des Kandidaten nicht angegeben",
      },
    });
  });

  it("meets the requirement at or above the required level", () => {
    expect(germanFit("B2", "B2")).toEqual({
      factor: 1,
      reason: { code: "german.sufficient", text: "Deutschniveau B2 erfüllt die Anforderung B2" },
    });
    expect(germanFit("C1", "B1")?.reason?.code).toBe("german.sufficient");
  });

  it("shows one level short without score, and hides two levels short", () => {
    expect(germanFit("B1", "B2")).toEqual({
      factor: 0,
      reason: {
        code: "german.belowRequired",
        text: "Gefordert ist Deutsch B2, vorhanden B1 – eine Stufe darunter",
      },
    });
    expect(germanFit("A2", "B2")).toBeUndefined();
  });
});

describe("a language course that teaches nothing", () => {
  it("leads to the candidate's level or below", () => {
    expect(teachesNothing("B2", "B2")).toBe(true);
    expect(teachesNothing("C1", "B1")).toBe(true);
    expect(teachesNothing("B1", "B2")).toBe(false);
    expect(teachesNothing(undefined, "B2")).toBe(false);
    expect(teachesNothing("B2", undefined)).toBe(false);
  });
});
