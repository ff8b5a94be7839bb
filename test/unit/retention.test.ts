import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  CORRECTION_DAYS,
  DEFAULT_RETENTION_MONTHS,
  FOLLOWUP_OVERDUE_MONTHS,
  retentionEnd,
} from "../../shared/domain/retention.ts";

describe("addCalendarMonths", () => {
  it("adds calendar months in UTC, keeping the time of day", () => {
    expect(addCalendarMonths("2026-03-15T10:30:00.000Z", 12)).toBe("2027-03-15T10:30:00.000Z");
    expect(addCalendarMonths("2026-11-23T10:00:00.000Z", 2)).toBe("2027-01-23T10:00:00.000Z");
    expect(addCalendarMonths("2026-03-15T00:00:00.000Z", -3)).toBe("2025-12-15T00:00:00.000Z");
    expect(addCalendarMonths("2026-03-15T00:00:00.000Z", 0)).toBe("2026-03-15T00:00:00.000Z");
  });

  it("makes a day the target month lacks its last day", () => {
    expect(addCalendarMonths("2026-01-31T08:00:00.000Z", 1)).toBe("2026-02-28T08:00:00.000Z");
    expect(addCalendarMonths("2027-12-31T08:00:00.000Z", 2)).toBe("2028-02-29T08:00:00.000Z");
    expect(addCalendarMonths("2026-05-31T08:00:00.000Z", 1)).toBe("2026-06-30T08:00:00.000Z");
    expect(addCalendarMonths("2026-01-30T08:00:00.000Z", 1)).toBe("2026-02-28T08:00:00.000Z");
    expect(addCalendarMonths("2026-01-28T08:00:00.000Z", 1)).toBe("2026-02-28T08:00:00.000Z");
  });
});

describe("retentionEnd", () => {
  const months = DEFAULT_RETENTION_MONTHS;

  it("pins the settings: 12 months, follow-up overdue after 7, 30 days to correct", () => {
    expect([DEFAULT_RETENTION_MONTHS, FOLLOWUP_OVERDUE_MONTHS, CORRECTION_DAYS]).toEqual([12, 7, 30]);
  });

  it("runs from the last activity while there is no exit", () => {
    const facts = { lastActivity: "2026-11-23T10:00:00.000Z", followupRecorded: false, months };
    expect(retentionEnd(facts)).toBe("2027-11-23T10:00:00.000Z");
    expect(retentionEnd({ ...facts, months: 3 })).toBe("2027-02-23T10:00:00.000Z");
    expect(retentionEnd({ ...facts, followupRecorded: true })).toBe("2027-11-23T10:00:00.000Z");
  });

  it("runs from the exit's day once there is one, not from later activity", () => {
    const facts = {
      lastActivity: "2027-05-02T09:00:00.000Z",
      exit: { date: "2027-03-10" },
      followupRecorded: true,
      months,
    };
    expect(retentionEnd(facts)).toBe("2028-03-10T00:00:00.000Z");
    expect(retentionEnd({ ...facts, followupRecorded: false })).toBe("2028-03-10T00:00:00.000Z");
  });

  it("never ends before the follow-up is recorded or overdue by a month (exit + 7 months)", () => {
    const facts = { lastActivity: "2027-03-10T09:00:00.000Z", exit: { date: "2027-03-10" }, months: 3 };
    expect(retentionEnd({ ...facts, followupRecorded: false })).toBe("2027-10-10T00:00:00.000Z");
    expect(retentionEnd({ ...facts, followupRecorded: true })).toBe("2027-06-10T00:00:00.000Z");
    // Seven months exactly is the floor; a longer period is not cut to it.
    expect(retentionEnd({ ...facts, months: 7, followupRecorded: false })).toBe("2027-10-10T00:00:00.000Z");
    expect(retentionEnd({ ...facts, months: 8, followupRecorded: false })).toBe("2027-11-10T00:00:00.000Z");
  });

  it("leaves 30 days to correct an exit of long ago, counted from the write", () => {
    const facts = {
      lastActivity: "2027-06-01T12:00:00.000Z",
      exit: { date: "2026-01-15" },
      followupRecorded: false,
      months,
    };
    expect(retentionEnd(facts)).toBe("2027-07-01T12:00:00.000Z");
    // A day later than the rule's end: the rule's end stands.
    expect(
      retentionEnd({ ...facts, lastActivity: "2027-01-14T00:00:00.000Z", exit: { date: "2026-02-14" } }),
    ).toBe("2027-02-14T00:00:00.000Z");
    expect(
      retentionEnd({ ...facts, lastActivity: "2027-01-15T00:00:00.000Z", exit: { date: "2026-02-14" } }),
    ).toBe("2027-02-14T00:00:00.000Z");
    expect(
      retentionEnd({ ...facts, lastActivity: "2027-01-15T00:00:01.000Z", exit: { date: "2026-02-14" } }),
    ).toBe("2027-02-14T00:00:01.000Z");
  });

  it("keeps a 14-month pathway whose milestones follow each other within the period", () => {
    // Entry 2026-01-05, a milestone every few months, exit after 14 months, follow-up 6 months later.
    const activity = ["2026-01-05", "2026-04-01", "2026-10-01", "2027-02-20"];
    const ends = activity.map((d) =>
      retentionEnd({ lastActivity: `${d}T09:00:00.000Z`, followupRecorded: false, months }),
    );
    expect(ends).toEqual([
      "2027-01-05T09:00:00.000Z",
      "2027-04-01T09:00:00.000Z",
      "2027-10-01T09:00:00.000Z",
      "2028-02-20T09:00:00.000Z",
    ]);
    activity.slice(1).forEach((next, i) => expect(String(ends[i]) > `${next}T09:00:00.000Z`).toBe(true));
    const exit = { date: "2027-03-05" };
    const atExit = retentionEnd({
      lastActivity: "2027-03-05T09:00:00.000Z",
      exit,
      followupRecorded: false,
      months,
    });
    expect(atExit).toBe("2028-03-05T00:00:00.000Z");
    expect(atExit > "2027-09-05T09:00:00.000Z").toBe(true);
  });
});
