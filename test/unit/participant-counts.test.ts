import { describe, expect, it } from "vitest";
import {
  activeCell,
  byMonth,
  esfFields,
  newCounts,
  PERSON_FIGURES,
} from "../../shared/domain/participant-counts.ts";

const ESF = {
  ageBand: "<25",
  gender: "diverse",
  employmentAtEntry: "inactive",
  isced: "0-2",
  thirdCountryNational: false,
} as const;
const entered = { entryDate: "2026-02-10" };
const none = new Set<string>();

describe("newCounts: each person once ever per figure", () => {
  it("counts the entry on the entry date, once", () => {
    expect(newCounts(entered, none)).toEqual([
      { figure: "entries", fields: ["entries"], date: "2026-02-10" },
    ]);
    expect(newCounts(entered, new Set(["entries"]))).toEqual([]);
  });

  it("counts the first exit by its reason on its date", () => {
    const person = { ...entered, exit: { date: "2026-08-31", reason: "dropped-out" as const } };
    expect(newCounts(person, new Set(["entries"]))).toEqual([
      { figure: "exit", fields: ["exit.dropped-out"], date: "2026-08-31" },
    ]);
    expect(newCounts(person, new Set(["entries", "exit"]))).toEqual([]);
  });

  it("counts ESF data in the entry's month with every breakdown", () => {
    expect(esfFields(ESF)).toEqual([
      "esf.given",
      "esf.ageBand.<25",
      "esf.gender.diverse",
      "esf.employmentAtEntry.inactive",
      "esf.isced.0-2",
      "esf.thirdCountryNational.no",
    ]);
    expect(esfFields({ ...ESF, thirdCountryNational: true }).at(-1)).toBe("esf.thirdCountryNational.yes");
    expect(newCounts({ ...entered, esf: ESF }, new Set(["entries"]))).toEqual([
      { figure: "esf", fields: esfFields(ESF), date: "2026-02-10" },
    ]);
    expect(newCounts({ ...entered, esf: ESF }, new Set(["entries", "esf"]))).toEqual([]);
  });

  it("counts what a milestone makes true, on the milestone's date", () => {
    const counted = new Set(["entries"]);
    const one = (m: Parameters<typeof newCounts>[2]) => newCounts(entered, counted, m);
    expect(one({ type: "qualification.started", date: "2026-03-01", iqFunded: true })).toEqual([
      { figure: "inIqQualification", fields: ["inIqQualification"], date: "2026-03-01" },
    ]);
    expect(one({ type: "qualification.started", date: "2026-03-01", iqFunded: false })).toEqual([]);
    expect(one({ type: "qualification.started", date: "2026-03-01" })).toEqual([]);
    expect(one({ type: "qualification.completed", date: "2026-06-30" })).toEqual([
      { figure: "qualificationCompleted", fields: ["qualificationCompleted"], date: "2026-06-30" },
    ]);
    expect(one({ type: "recognition.full", date: "2026-07-01" })).toEqual([
      { figure: "recognitionFull", fields: ["recognitionFull"], date: "2026-07-01" },
    ]);
    expect(one({ type: "recognition.partial", date: "2026-07-01" })).toEqual([]);
    expect(one({ type: "employment.started", date: "2026-08-01", adequate: true })).toEqual([
      { figure: "employmentAdequate", fields: ["employmentAdequate"], date: "2026-08-01" },
    ]);
    expect(one({ type: "employment.started", date: "2026-08-01", adequate: false })).toEqual([]);
    expect(one({ type: "followup.sixMonths", date: "2027-02-01", status: "not-employed" })).toEqual([
      { figure: "followup", fields: ["followup.not-employed"], date: "2027-02-01" },
    ]);
    expect(one({ type: "followup.sixMonths", date: "2027-02-01" })).toEqual([
      { figure: "followup", fields: ["followup.unknown"], date: "2027-02-01" },
    ]);
    expect(one({ type: "mentoring.started", date: "2026-08-01" })).toEqual([]);
    // The flags count only with their own milestone type.
    expect(one({ type: "mentoring.started", date: "2026-08-01", iqFunded: true, adequate: true })).toEqual(
      [],
    );
    expect(one({ type: "qualification.completed", date: "2026-06-30", iqFunded: true })).toEqual([
      { figure: "qualificationCompleted", fields: ["qualificationCompleted"], date: "2026-06-30" },
    ]);
  });

  it("never counts a milestone's figure twice", () => {
    for (const figure of PERSON_FIGURES) {
      const counted = new Set(["entries", figure]);
      const again = [
        { type: "qualification.started" as const, date: "2026-04-01", iqFunded: true },
        { type: "qualification.completed" as const, date: "2026-04-01" },
        { type: "recognition.full" as const, date: "2026-04-01" },
        { type: "employment.started" as const, date: "2026-04-01", adequate: true },
        { type: "followup.sixMonths" as const, date: "2026-04-01", status: "employed" as const },
      ].flatMap((m) => newCounts(entered, counted, m).map((c) => c.figure));
      expect(again).not.toContain(figure);
    }
  });

  it("counts a person saved before the figures at their next write: the entry with the rest", () => {
    const person = { ...entered, exit: { date: "2026-09-30", reason: "employment" as const }, esf: ESF };
    expect(
      newCounts(person, none, { type: "recognition.full", date: "2026-09-01" }).map((c) => [
        c.figure,
        c.date,
      ]),
    ).toEqual([
      ["entries", "2026-02-10"],
      ["exit", "2026-09-30"],
      ["esf", "2026-02-10"],
      ["recognitionFull", "2026-09-01"],
    ]);
  });
});

describe("byMonth", () => {
  it("gathers the fields of each month", () => {
    const months = byMonth([
      { figure: "entries", fields: ["entries"], date: "2026-02-10" },
      { figure: "esf", fields: ["esf.given", "esf.isced.0-2"], date: "2026-02-10" },
      { figure: "exit", fields: ["exit.moved"], date: "2026-09-30" },
    ]);
    expect([...months]).toEqual([
      ["2026-02", ["entries", "esf.given", "esf.isced.0-2"]],
      ["2026-09", ["exit.moved"]],
    ]);
    expect(byMonth([]).size).toBe(0);
  });
});

describe("activeCell", () => {
  const cell = { district: "05754", group: "813" };
  it("is the person's cell while they entered and never left", () => {
    expect(activeCell(["entries"], cell)).toEqual({ district: "05754", group: "813" });
    expect(activeCell(["entries", "esf", "followup"], { ...cell, extra: 1 } as typeof cell)).toEqual(cell);
  });
  it("is none once an exit was counted (a reopened participation too), or before the entry is", () => {
    expect(activeCell(["entries", "exit"], cell)).toBeUndefined();
    expect(activeCell(["exit"], cell)).toBeUndefined();
    expect(activeCell([], cell)).toBeUndefined();
    expect(activeCell(["inIqQualification"], cell)).toBeUndefined();
  });
});
