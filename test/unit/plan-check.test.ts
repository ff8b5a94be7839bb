import { describe, expect, it } from "vitest";
import { checkPlan } from "../../shared/domain/plan-check.ts";
import { diff, input, mod, offer, place } from "./plan-fixtures.ts";

const situation = input({
  case: {
    decisionKind: "compensation-required",
    measure: "adaptation-period",
    differences: [
      diff("A", 30),
      diff("B", 10),
      diff("Praxis", 60, "practice"),
      diff("Sprache", 5, "language"),
    ],
  },
  offers: [
    offer("m", { offerKind: "adaptation-period", start: "2026-09-01", end: "2026-12-01" }),
    offer("o", {
      modules: [
        mod("a", ["A"], { startDates: ["2026-04-06", "2026-05-04", "2026-01-05"] }),
        mod("b", ["B", "a"], { startDates: ["2026-04-06"] }),
        mod("free", ["B"]),
      ],
    }),
    offer("l", { offerKind: "language-course", targetGermanLevel: "B2", distanceKm: null, rolling: true }),
  ],
  places: [place("p", 7, "2026-06-01")],
});

describe("checkPlan: the coach's steps", () => {
  it("works out what each step covers, in the coach's order, and the coverage left", () => {
    const result = checkPlan(
      [
        { kind: "module", offerId: "o", moduleId: "b" },
        { kind: "module", offerId: "o", moduleId: "a" },
        { kind: "place", placeId: "p" },
        { kind: "language", offerId: "l" },
      ],
      situation,
    );
    expect(result).toEqual({
      plan: {
        coverage: 1,
        measure: "adaptation-period",
        uncovered: [],
        steps: [
          {
            kind: "module",
            offerId: "o",
            moduleId: "b",
            covers: ["A", "B"],
            hours: 40,
            distanceKm: 10,
            start: "2026-04-06",
            end: "2026-04-12",
          },
          {
            kind: "module",
            offerId: "o",
            moduleId: "a",
            covers: [],
            hours: 40,
            distanceKm: 10,
            start: "2026-05-04",
            end: "2026-05-10",
          },
          { kind: "place", placeId: "p", covers: ["Praxis"], hours: 60, distanceKm: 7, start: "2026-06-01" },
          { kind: "language", offerId: "l", covers: ["Sprache"], hours: 5, distanceKm: null },
        ],
      },
    });
  });

  it("takes a chosen start date; a measure offer keeps its dates", () => {
    const result = checkPlan(
      [
        { kind: "offer", offerId: "m", start: "2026-09-01" },
        { kind: "module", offerId: "o", moduleId: "a", start: "2026-05-04" },
      ],
      situation,
    );
    expect("plan" in result && result.plan.steps.map((s) => [s.start, s.end, s.covers])).toEqual([
      ["2026-09-01", "2026-12-01", ["A", "B", "Praxis"]],
      ["2026-05-04", "2026-05-10", []],
    ]);
    expect("plan" in result && result.plan.uncovered).toEqual([
      { topic: "Sprache", hours: 5, kind: "language" },
    ]);
  });

  it("names the field of every step that does not match, once each, and saves nothing", () => {
    const result = checkPlan(
      [
        { kind: "module", offerId: "gone", moduleId: "a" },
        { kind: "module", offerId: "o", moduleId: "zz" },
        { kind: "place", placeId: "elsewhere" },
        { kind: "language", offerId: "o" },
        { kind: "offer", offerId: "l" },
        { kind: "module", offerId: "o", moduleId: "a", start: "2026-01-05" },
        { kind: "module", offerId: "o", moduleId: "free" },
        { kind: "module", offerId: "o", moduleId: "free" },
        { kind: "offer", offerId: "m", start: "2026-09-02" },
      ],
      situation,
    );
    expect(result).toEqual({
      errors: [
        { path: "steps[0].offerId", message: expect.stringContaining("passt nicht") },
        { path: "steps[1].moduleId", message: expect.stringContaining("kein Modul") },
        { path: "steps[2].placeId", message: expect.stringContaining("passt nicht") },
        { path: "steps[3].kind", message: "„language“ gilt genau für Sprachkurse" },
        { path: "steps[4].kind", message: "„language“ gilt genau für Sprachkurse" },
        { path: "steps[5].start", message: "Kein solcher kommender Starttermin" },
        { path: "steps[7]", message: "Dieser Schritt ist schon im Plan" },
        { path: "steps[8].start", message: "Kein solcher kommender Starttermin" },
      ],
    });
  });

  it("two different places are two steps", () => {
    const twoPlaces = checkPlan(
      [
        { kind: "place", placeId: "p" },
        { kind: "place", placeId: "q" },
      ],
      { ...situation, places: [...situation.places, place("q", 9, "2026-01-01")] },
    );
    expect("plan" in twoPlaces && twoPlaces.plan.steps.map((s) => [s.placeId, s.start])).toEqual([
      ["p", "2026-06-01"],
      ["q", "2026-03-02"],
    ]);
  });

  it("a module's first coming date, however the dates are listed; today counts as coming", () => {
    const o = offer("d", {
      modules: [mod("x", ["A"], { startDates: ["2026-05-04", "2026-03-02", "2026-04-06"] })],
    });
    const first = checkPlan([{ kind: "module", offerId: "d", moduleId: "x" }], { ...situation, offers: [o] });
    expect("plan" in first && first.plan.steps[0]?.start).toBe("2026-03-02");
    const later = checkPlan([{ kind: "module", offerId: "d", moduleId: "x" }], {
      ...situation,
      from: "2026-03-03",
      offers: [o],
    });
    expect("plan" in later && later.plan.steps[0]?.start).toBe("2026-04-06");
  });

  it("refuses two steps whose dates overlap, naming the later one's start", () => {
    const overlapping = checkPlan(
      [
        { kind: "module", offerId: "o", moduleId: "a", start: "2026-04-06" },
        { kind: "module", offerId: "o", moduleId: "b" },
      ],
      situation,
    );
    expect(overlapping).toEqual({
      errors: [{ path: "steps[1].start", message: "Überschneidet sich mit einem anderen Schritt" }],
    });
    const moved = checkPlan(
      [
        { kind: "module", offerId: "o", moduleId: "b" },
        { kind: "module", offerId: "o", moduleId: "a" },
      ],
      situation,
    );
    expect("plan" in moved && moved.plan.steps[1]?.start).toBe("2026-05-04");
  });

  it("an empty plan is a plan: nothing covered", () => {
    expect(checkPlan([], situation)).toEqual({
      plan: {
        coverage: 0,
        measure: "adaptation-period",
        steps: [],
        uncovered: [
          { topic: "A", hours: 30, kind: "theory" },
          { topic: "B", hours: 10, kind: "theory" },
          { topic: "Praxis", hours: 60, kind: "practice" },
          { topic: "Sprache", hours: 5, kind: "language" },
        ],
      },
    });
  });
});
