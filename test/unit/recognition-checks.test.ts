import { describe, expect, it } from "vitest";
import {
  deadlineIssues,
  decisionIssues,
  repeatedIndex,
  sortedDates,
} from "../../shared/schemas/recognition-checks.ts";
import { toFieldErrors } from "../../shared/domain/validation.ts";
import { offerModule, qualificationOfferPatch } from "../../shared/schemas/qualification-offer.ts";
import { MAX_DIFFERENCES, recognition } from "../../shared/schemas/recognition.ts";
import * as z from "../../shared/schemas/z.ts";

const ONLY = "Nur bei „Ausgleichsmaßnahme erforderlich“ (compensation-required)";
const decision = (extra: Record<string, unknown> = {}) => ({
  date: "2026-03-02",
  kind: "compensation-required",
  differences: [] as { topic: string }[],
  ...extra,
});

/** The paths a schema names for a value, or the parsed value. */
function paths(schema: z.ZodMiniType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toFieldErrors(result.error.issues).map((e) => e.path);
}

describe("the decision's rules (shared/schemas/recognition-checks.ts)", () => {
  it("allows a measure and a choice with compensation-required only", () => {
    expect(decisionIssues(decision({ measure: "knowledge-exam", choice: true }))).toEqual([]);
    expect(decisionIssues(decision({ choice: false }))).toEqual([]);
    for (const kind of ["full", "partial-equivalence", "permit", "refused"]) {
      expect(decisionIssues(decision({ kind, measure: "aptitude-test" }))).toEqual([
        { path: ["measure"], message: ONLY },
      ]);
      expect(decisionIssues(decision({ kind, choice: false }))).toEqual([
        { path: ["choice"], message: ONLY },
      ]);
      expect(decisionIssues(decision({ kind }))).toEqual([]);
    }
  });

  it("names the first difference whose topic repeats an earlier one by key", () => {
    const differences = [{ topic: "Pflegeprozess" }, { topic: "Anatomie" }, { topic: " pflegeprozess " }];
    expect(decisionIssues(decision({ differences }))).toEqual([
      {
        path: ["differences", 2, "topic"],
        message: "Jedes Thema nur einmal angeben (Groß-/Kleinschreibung und Leerzeichen zählen nicht)",
      },
    ]);
    expect(decisionIssues(decision({ differences: differences.slice(0, 2) }))).toEqual([]);
  });

  it("refuses a deadline before the decision date, not on or after it", () => {
    const at = { date: "2026-03-02" };
    expect(deadlineIssues({ deadline: "2026-03-01", decision: at })).toEqual([
      { path: ["deadline"], message: "Die Frist liegt vor dem Datum des Bescheids" },
    ]);
    expect(deadlineIssues({ deadline: "2026-03-02", decision: at })).toEqual([]);
    expect(deadlineIssues({ deadline: "2027-01-01", decision: at })).toEqual([]);
    expect(deadlineIssues({ deadline: "2020-01-01" })).toEqual([]);
    expect(deadlineIssues({ decision: at })).toEqual([]);
  });

  it("finds the first repeat by key, and sorts dates without repeats", () => {
    expect(repeatedIndex(["a", "b", "A", "b"], (s) => s.toLowerCase())).toBe(2);
    expect(repeatedIndex(["a", "b"], (s) => s)).toBeUndefined();
    expect(repeatedIndex([], (s: string) => s)).toBeUndefined();
    expect(sortedDates(["2026-09-01", "2026-01-15", "2026-09-01"])).toEqual(["2026-01-15", "2026-09-01"]);
  });
});

describe("the recognition case as the API reads it (shared/schemas/recognition.ts)", () => {
  const compensation = {
    status: "partial",
    referenceOccupation: { code: "81302-129" },
    trainedIn: "third-country",
    state: "05",
    body: "Bezirksregierung Münster, ZAG-PuG",
    decision: decision({
      measure: "knowledge-exam",
      choice: true,
      differences: [
        { topic: "  Pflegeprozess   und Pflegediagnostik ", hours: 120, kind: "theory" },
        { topic: "Praxiseinsatz Akutpflege", hours: 200, kind: "practice" },
        { topic: "Fachsprache Pflege", kind: "language" },
      ],
    }),
    deadline: "2027-03-01",
  };

  it("takes a whole case and stores the topics normalised", () => {
    const parsed = z.parse(recognition, compensation);
    expect(parsed.decision?.differences.map((d) => d.topic)).toEqual([
      "Pflegeprozess und Pflegediagnostik",
      "Praxiseinsatz Akutpflege",
      "Fachsprache Pflege",
    ]);
    expect(z.parse(recognition, { status: "none" })).toEqual({ status: "none" });
  });

  it("names each bad field", () => {
    const withDecision = (extra: Record<string, unknown>) => ({
      ...compensation,
      decision: { ...compensation.decision, ...extra },
    });
    const one = (topic: string, hours?: number) => ({
      topic,
      kind: "theory",
      ...(hours === undefined ? {} : { hours }),
    });
    expect(paths(recognition, withDecision({ differences: [one("Anatomie", -5)] }))).toEqual([
      "decision.differences[0].hours",
    ]);
    expect(paths(recognition, withDecision({ differences: [one("Anatomie", 0)] }))).toEqual([
      "decision.differences[0].hours",
    ]);
    expect(paths(recognition, withDecision({ differences: [one("Anatomie", 1.5)] }))).toEqual([
      "decision.differences[0].hours",
    ]);
    const many = Array.from({ length: MAX_DIFFERENCES + 1 }, (_, i) => one(`Thema ${i}`, 10));
    expect(paths(recognition, withDecision({ differences: many }))).toEqual(["decision.differences"]);
    expect(paths(recognition, withDecision({ differences: many.slice(1) }))).toEqual([]);
    expect(paths(recognition, withDecision({ measure: "exam" }))).toEqual(["decision.measure"]);
    expect(paths(recognition, withDecision({ kind: "full" }))).toEqual([
      "decision.measure",
      "decision.choice",
    ]);
    expect(paths(recognition, withDecision({ differences: [one("Anatomie"), one("ANATOMIE ")] }))).toEqual([
      "decision.differences[1].topic",
    ]);
    expect(paths(recognition, withDecision({ differences: [one("  x  ")] }))).toEqual([
      "decision.differences[0].topic",
    ]);
    expect(paths(recognition, { ...compensation, deadline: "2026-03-01" })).toEqual(["deadline"]);
    expect(paths(recognition, { ...compensation, referenceOccupation: { code: "81302" } })).toEqual([
      "referenceOccupation.code",
    ]);
  });
});

describe("an offer's modules (shared/schemas/qualification-offer.ts)", () => {
  const module = {
    id: "m1",
    title: "Pflegeprozess",
    topics: ["Pflegeprozess  und Pflegediagnostik", "Ｈygiene"],
    hours: 40,
    kind: "theory",
    startDates: ["2026-09-01", "2026-03-02", "2026-09-01"],
  };

  it("stores topics normalised and start dates sorted, each once", () => {
    expect(z.parse(offerModule, module)).toEqual({
      ...module,
      topics: ["Pflegeprozess und Pflegediagnostik", "Hygiene"],
      startDates: ["2026-03-02", "2026-09-01"],
    });
  });

  it("names each bad field", () => {
    expect(paths(offerModule, { ...module, hours: 0 })).toEqual(["hours"]);
    expect(paths(offerModule, { ...module, hours: -40 })).toEqual(["hours"]);
    expect(paths(offerModule, { ...module, topics: [] })).toEqual(["topics"]);
    expect(paths(offerModule, { ...module, topics: ["Hygiene", "hygiene"] })).toEqual(["topics[1]"]);
    expect(paths(offerModule, { ...module, startDates: ["2026-02-30"] })).toEqual(["startDates[0]"]);
    expect(paths(offerModule, { ...module, kind: "online" })).toEqual(["kind"]);
    const modules = [module, { ...module, title: "Noch eins" }];
    expect(paths(qualificationOfferPatch, { modules })).toEqual(["modules[1].id"]);
    expect(paths(qualificationOfferPatch, { modules: [module, { ...module, id: "m2" }] })).toEqual([]);
    const many = Array.from({ length: 31 }, (_, i) => ({ ...module, id: `m${i}` }));
    expect(paths(qualificationOfferPatch, { modules: many })).toEqual(["modules"]);
  });
});
