import { describe, expect, it } from "vitest";
import { covers, hoursOf, offerStepKind, reachOf } from "../../shared/domain/plan-cover.ts";
import {
  addDays,
  fits,
  moduleSpan,
  moduleStart,
  offerSpan,
  offerStart,
  overlaps,
} from "../../shared/domain/plan-dates.ts";
import { coverageOf, needsOf, topicKey } from "../../shared/domain/plan-needs.ts";
import { diff, mod, offer, place } from "./plan-fixtures.ts";

describe("plan needs", () => {
  it("compares topics by NFKC, collapsed spaces, trimmed, lower case", () => {
    expect(topicKey("  Pflege\u00a0 im\tKRANKENHAUS ")).toBe("pflege im krankenhaus");
    expect(topicKey("Ｐﬂege")).toBe("pflege");
  });

  it("takes each difference once (first wording), weight = hours or 1", () => {
    const needs = needsOf({
      differences: [
        diff("Pharmakologie", 120),
        diff("pharmakologie ", 30),
        diff("Recht", undefined, "practice"),
      ],
    });
    expect(needs).toEqual([
      { topic: "Pharmakologie", key: "pharmakologie", weight: 120, kind: "theory" },
      { topic: "Recht", key: "recht", weight: 1, kind: "practice" },
    ]);
  });

  it("adds the German level only when it is above the candidate's known level", () => {
    const base = { differences: [] };
    expect(needsOf({ ...base, germanLevel: "B1", requiredGermanLevel: "B2" })).toEqual([
      { topic: "Deutsch B2", key: "deutsch b2", weight: 1, kind: "language", german: "B2" },
    ]);
    expect(needsOf({ ...base, germanLevel: "B2", requiredGermanLevel: "B2" })).toEqual([]);
    expect(needsOf({ ...base, germanLevel: "C1", requiredGermanLevel: "B2" })).toEqual([]);
    expect(needsOf({ ...base, requiredGermanLevel: "B2" })).toEqual([]);
    expect(needsOf({ ...base, germanLevel: "B1" })).toEqual([]);
  });

  it("coverage is the covered share of the weight, three places; nothing to cover is 1", () => {
    const needs = needsOf({ differences: [diff("A", 2), diff("B"), diff("C", 4)] });
    expect(coverageOf(needs, new Set(["b"]))).toBe(0.857);
    expect(coverageOf(needs, new Set(["a", "c"]))).toBe(0.143);
    expect(coverageOf(needs, new Set())).toBe(1);
    expect(coverageOf(needs, new Set(["a", "b", "c"]))).toBe(0);
    expect(coverageOf([], new Set())).toBe(1);
  });
});

describe("plan dates", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("overlap includes touching ends; unknown dates fit anywhere", () => {
    const a = { start: "2026-04-01", end: "2026-04-10" };
    expect(overlaps(a, { start: "2026-04-10", end: "2026-04-20" })).toBe(true);
    expect(overlaps(a, { start: "2026-03-20", end: "2026-04-01" })).toBe(true);
    expect(overlaps(a, { start: "2026-04-11", end: "2026-04-20" })).toBe(false);
    expect(overlaps(a, { start: "2026-03-01", end: "2026-03-31" })).toBe(false);
    expect(fits(undefined, [a])).toBe(true);
    expect(fits({ start: "2026-04-11", end: "2026-04-12" }, [a])).toBe(true);
    expect(fits({ start: "2026-04-05", end: "2026-04-06" }, [a])).toBe(false);
  });

  it("a module lasts its hours at 40 h a week full-time, 20 part-time, whole weeks", () => {
    expect(moduleSpan("2026-04-06", 40, true)).toEqual({ start: "2026-04-06", end: "2026-04-12" });
    expect(moduleSpan("2026-04-06", 41, true)).toEqual({ start: "2026-04-06", end: "2026-04-19" });
    expect(moduleSpan("2026-04-06", 40, false)).toEqual({ start: "2026-04-06", end: "2026-04-19" });
  });

  it("an offer's span: start–end, start plus weeks, none when rolling or without start", () => {
    const o = offer("o", { start: "2026-05-04", end: "2026-06-30" });
    expect(offerSpan(o)).toEqual({ start: "2026-05-04", end: "2026-06-30" });
    expect(offerSpan(offer("o", { start: "2026-05-04", durationWeeks: 2 }))).toEqual({
      start: "2026-05-04",
      end: "2026-05-17",
    });
    expect(offerSpan(offer("o", { start: "2026-05-04" }))).toBeUndefined();
    expect(offerSpan(offer("o", { rolling: true, start: "2026-05-04", end: "2026-06-30" }))).toBeUndefined();
    expect(offerSpan(offer("o", { end: "2026-06-30" }))).toBeUndefined();
    expect(offerStart(offer("o", { rolling: true, start: "2026-01-05" }), "2026-03-02")).toBeUndefined();
    expect(offerStart(offer("o", { rolling: true, start: "2026-03-02" }), "2026-03-02")).toBe("2026-03-02");
    expect(offerStart(o, "2026-06-01")).toBe("2026-05-04");
  });

  it("a module starts on its first coming start date free of overlap; none free: not at all", () => {
    const m = mod("m", ["A"], { startDates: ["2026-05-04", "2026-03-01", "2026-04-06"] });
    const o = offer("o");
    expect(moduleStart(m, o, "2026-03-02", [])).toEqual({ span: { start: "2026-04-06", end: "2026-04-12" } });
    expect(moduleStart(m, o, "2026-04-06", [])).toEqual({ span: { start: "2026-04-06", end: "2026-04-12" } });
    const taken = [{ start: "2026-04-10", end: "2026-04-10" }];
    expect(moduleStart(m, o, "2026-03-02", taken)).toEqual({
      span: { start: "2026-05-04", end: "2026-05-10" },
    });
    expect(moduleStart(m, o, "2026-05-05", [])).toBeUndefined();
    expect(moduleStart(mod("m", ["A"]), o, "2026-03-02", taken)).toEqual({});
    expect(moduleStart(mod("m", ["A"], { startDates: [] }), o, "2026-03-02", taken)).toEqual({});
  });
});

describe("what a step covers", () => {
  const needs = needsOf({
    differences: [
      diff("Pharmakologie", 100),
      diff("Pflegepraxis", 200, "practice"),
      diff("Fachsprache", 20, "language"),
    ],
    germanLevel: "B1",
    requiredGermanLevel: "B2",
  });
  const topics = (n: { topic: string }[]) => n.map((x) => x.topic);

  it("a module: the topics it names, whatever their case", () => {
    const o = offer("o");
    expect(
      topics(covers({ kind: "module", offer: o, module: mod("m", ["PHARMAKOLOGIE", "x"]) }, needs)),
    ).toEqual(["Pharmakologie"]);
  });

  it("a place: the practice differences", () => {
    expect(topics(covers({ kind: "place", place: place("p", 3) }, needs))).toEqual(["Pflegepraxis"]);
  });

  it("a language course: language differences, and the German level only when it leads there", () => {
    const course = (level?: "B1" | "B2" | "C1") =>
      offer("l", { offerKind: "language-course", ...(level ? { targetGermanLevel: level } : {}) });
    expect(topics(covers({ kind: "language", offer: course("B2") }, needs))).toEqual([
      "Fachsprache",
      "Deutsch B2",
    ]);
    expect(topics(covers({ kind: "language", offer: course("C1") }, needs))).toEqual([
      "Fachsprache",
      "Deutsch B2",
    ]);
    expect(topics(covers({ kind: "language", offer: course("B1") }, needs))).toEqual(["Fachsprache"]);
    expect(topics(covers({ kind: "language", offer: course() }, needs))).toEqual(["Fachsprache"]);
  });

  it("a measure offer without modules: every theory and practice difference; with modules: what they name", () => {
    for (const kind of ["knowledge-exam-prep", "adaptation-period", "aptitude-test-prep"]) {
      expect(topics(covers({ kind: "offer", offer: offer("k", { offerKind: kind }) }, needs))).toEqual([
        "Pharmakologie",
        "Pflegepraxis",
      ]);
    }
    const named = offer("k", { offerKind: "adaptation-period", modules: [mod("m", ["Pflegepraxis"])] });
    expect(topics(covers({ kind: "offer", offer: named }, needs))).toEqual(["Pflegepraxis"]);
    expect(topics(covers({ kind: "offer", offer: offer("a") }, needs))).toEqual([]);
  });

  it("hours: a module's; an offer's modules'; otherwise the weight it covers", () => {
    const o = offer("o", { modules: [mod("a", ["x"], { hours: 30 }), mod("b", ["y"], { hours: 12 })] });
    expect(hoursOf({ kind: "module", offer: o, module: mod("a", ["x"], { hours: 30 }) }, [])).toBe(30);
    expect(hoursOf({ kind: "offer", offer: o }, needs)).toBe(42);
    expect(hoursOf({ kind: "offer", offer: offer("k") }, needs)).toBe(321);
    expect(hoursOf({ kind: "place", place: place("p", 1) }, needs.slice(1, 2))).toBe(200);
  });

  it("step kind and reach", () => {
    expect(offerStepKind(offer("l", { offerKind: "language-course" }))).toBe("language");
    expect(offerStepKind(offer("k", { offerKind: "adaptation-period" }))).toBe("offer");
    expect(reachOf(null, 20)).toBe(20);
    expect(reachOf(3.5, 20)).toBe(3.5);
  });
});
