import { describe, expect, it } from "vitest";
import { consentActive, participationErrors } from "../../shared/domain/participation.ts";

describe("consentActive", () => {
  it("stands for a given, not withdrawn scope only", () => {
    expect(consentActive([{ scope: "esf-data" }], "esf-data")).toBe(true);
    expect(consentActive([{ scope: "store" }, { scope: "esf-data" }], "esf-data")).toBe(true);
    expect(consentActive([{ scope: "store" }], "esf-data")).toBe(false);
    expect(consentActive([{ scope: "esf-data", withdrawn: { date: "2026-11-01" } }], "esf-data")).toBe(false);
    expect(consentActive([], "esf-data")).toBe(false);
    expect(consentActive(undefined, "esf-data")).toBe(false);
  });
});

describe("participationErrors", () => {
  const today = "2026-11-23";
  it("accepts an entry and an exit up to today, the exit on or after the entry", () => {
    expect(participationErrors({ entryDate: today }, today)).toEqual([]);
    expect(participationErrors({ entryDate: "2026-01-01", exit: { date: today } }, today)).toEqual([]);
    expect(participationErrors({ entryDate: "2026-05-05", exit: { date: "2026-05-05" } }, today)).toEqual([]);
  });

  it("names entryDate for an entry ahead", () => {
    expect(participationErrors({ entryDate: "2026-11-24" }, today)).toEqual([
      { path: "entryDate", message: "Der Eintritt liegt in der Zukunft." },
    ]);
  });

  it("names exit.date for an exit ahead, or before the entry", () => {
    expect(participationErrors({ entryDate: "2026-01-01", exit: { date: "2026-11-24" } }, today)).toEqual([
      { path: "exit.date", message: "Der Austritt liegt in der Zukunft." },
    ]);
    expect(participationErrors({ entryDate: "2026-05-05", exit: { date: "2026-05-04" } }, today)).toEqual([
      { path: "exit.date", message: "Der Austritt liegt vor dem Eintritt (2026-05-05)." },
    ]);
  });

  it("names both when the entry lies ahead of an exit that lies ahead too", () => {
    expect(
      participationErrors({ entryDate: "2026-12-01", exit: { date: "2026-12-02" } }, today).map(
        (e) => e.path,
      ),
    ).toEqual(["entryDate", "exit.date"]);
  });
});
