import { describe, expect, it } from "vitest";
import { DEMO_TARGETS, parseTargets, shareOf, type Target } from "../../shared/domain/statistics-targets.ts";

const target = (over: Record<string, unknown> = {}) => ({
  figure: "qualificationsStarted",
  label: "Qualifizierungen begonnen",
  target: 1000,
  from: "2026-01",
  to: "2028-12",
  ...over,
});
const setting = (...targets: unknown[]) => JSON.stringify(targets);

describe("STATISTICS_TARGETS", () => {
  it("means no targets when unset or empty", () => {
    expect(parseTargets(undefined)).toEqual([]);
    expect(parseTargets("")).toEqual([]);
    expect(parseTargets("[]")).toEqual([]);
  });

  it("reads a list of targets, one per outcome figure", () => {
    const figures = [
      "qualificationsStarted",
      "qualificationsCompleted",
      "recognitionsFull",
      "employmentStarted",
      "employmentAdequate",
      "iqQualificationsStarted",
    ];
    const list = figures.map((figure) => target({ figure }));
    expect(parseTargets(JSON.stringify(list))).toEqual(list);
    // A one-month period and a target of 1 are fine.
    expect(parseTargets(setting(target({ from: "2027-03", to: "2027-03", target: 1 })))).toEqual([
      target({ from: "2027-03", to: "2027-03", target: 1 }),
    ]);
  });

  it("fails loudly on anything but a JSON list", () => {
    expect(() => parseTargets("{}")).toThrow("STATISTICS_TARGETS: a JSON list of targets expected");
    expect(() => parseTargets("nicht json")).toThrow(SyntaxError);
  });

  it.each([
    ["a figure that is no outcome", { figure: "proposed" }],
    ["no figure", { figure: undefined }],
    ["a label that is no text", { label: 5 }],
    ["no label", { label: undefined }],
    ["a target of 0", { target: 0 }],
    ["a negative target", { target: -5 }],
    ["a fractional target", { target: 2.5 }],
    ["a target as text", { target: "1000" }],
    ["no target", { target: undefined }],
    ["a month 13", { from: "2026-13" }],
    ["a month 00", { to: "2028-00" }],
    ["a day in from", { from: "2026-01-01" }],
    ["text around the month", { to: "x2028-12" }],
    ["a month with text after it", { from: "2026-01x" }],
    ["no from", { from: undefined }],
    ["no to", { to: undefined }],
    ["from after to", { from: "2029-01" }],
  ])("refuses %s, naming the entry", (_, over) => {
    expect(() => parseTargets(setting(target(), target(over)))).toThrow(
      "STATISTICS_TARGETS[1]: {figure, label, target > 0, from ≤ to as YYYY-MM} expected",
    );
  });

  it("gives the demo network a target of 1,000 IQ-funded qualifications begun in 2026–2028", () => {
    expect(DEMO_TARGETS).toEqual([
      target({ figure: "iqQualificationsStarted", label: "IQ-geförderte Qualifizierungen begonnen" }),
    ] as Target[]);
    expect(parseTargets(JSON.stringify(DEMO_TARGETS))).toEqual(DEMO_TARGETS);
  });
});

describe("shareOf", () => {
  it("is the share reached, between 0 and 1", () => {
    expect(shareOf(250, 1000)).toBe(0.25);
    expect(shareOf(0, 1000)).toBe(0);
    expect(shareOf(1000, 1000)).toBe(1);
    expect(shareOf(1500, 1000)).toBe(1);
    expect(shareOf(-5, 1000)).toBe(0);
  });
});
