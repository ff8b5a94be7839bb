import { describe, expect, it } from "vitest";
import { participationErrors } from "../../shared/domain/participation.ts";

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
