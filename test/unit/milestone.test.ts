import { describe, expect, it } from "vitest";
import {
  type DatedMilestone,
  isAdequateJob,
  orderWarnings,
  outcomeCell,
  outcomeFields,
} from "../../shared/domain/milestone.ts";
import { MILESTONE_TYPES, type MilestoneType } from "../../shared/schemas/milestone.ts";

const at = (type: MilestoneType, date: string): DatedMilestone => ({ type, date });

describe("orderWarnings: an end without its beginning is recorded, but flagged", () => {
  it("expects each ending milestone's beginning", () => {
    const ends: Array<[MilestoneType, MilestoneType]> = [
      ["qualification.completed", "qualification.started"],
      ["qualification.dropped", "qualification.started"],
      ["mentoring.completed", "mentoring.started"],
      ["followup.sixMonths", "employment.started"],
    ];
    for (const [end, begin] of ends) {
      expect(orderWarnings([], at(end, "2026-06-01"))).toEqual([
        `„${end}“ ohne vorheriges „${begin}“ erfasst.`,
      ]);
      // Another milestone is not its beginning.
      expect(orderWarnings([at("recognition.partial", "2026-01-01")], at(end, "2026-06-01"))).toHaveLength(1);
      expect(orderWarnings([at(begin, "2026-01-01")], at(end, "2026-06-01"))).toEqual([]);
    }
  });

  it("accepts the beginning on the same day or earlier, flags one that lies after the end", () => {
    const end = at("qualification.completed", "2026-06-01");
    expect(orderWarnings([at("qualification.started", "2026-06-01")], end)).toEqual([]);
    expect(orderWarnings([at("qualification.started", "2026-06-02")], end)).toEqual([
      "„qualification.completed“ liegt vor dem Datum von „qualification.started“.",
    ]);
    // One beginning before the end is enough, whatever else was recorded later.
    expect(
      orderWarnings(
        [at("qualification.started", "2026-07-01"), at("qualification.started", "2026-05-01")],
        end,
      ),
    ).toEqual([]);
  });

  it("never flags a milestone that begins something or stands alone", () => {
    for (const type of [
      "qualification.started",
      "mentoring.started",
      "recognition.partial",
      "recognition.full",
      "employment.started",
    ] as const)
      expect(orderWarnings([], at(type, "2026-06-01"))).toEqual([]);
  });
});

describe("isAdequateJob: the job's Anforderungsniveau is at least the reference occupation's", () => {
  it("compares the fifth digit of the KldB codes", () => {
    expect(isAdequateJob("81302", "81302")).toBe(true);
    expect(isAdequateJob("81313", "81302")).toBe(true);
    expect(isAdequateJob("81301", "81302")).toBe(false);
    // Another Berufsgruppe counts too: only the level is compared.
    expect(isAdequateJob("26214", "81302")).toBe(true);
    expect(isAdequateJob("26211", "81304")).toBe(false);
  });
});

describe("outcomeFields: what a milestone counts in the statistics", () => {
  it("counts starts, completions, full recognitions and employment (adequate or not)", () => {
    const counted = Object.fromEntries(MILESTONE_TYPES.map((type) => [type, outcomeFields(type, undefined)]));
    expect(counted).toEqual({
      "qualification.started": ["qualificationsStarted"],
      "qualification.completed": ["qualificationsCompleted"],
      "qualification.dropped": [],
      "mentoring.started": [],
      "mentoring.completed": [],
      "recognition.partial": [],
      "recognition.full": ["recognitionsFull"],
      "employment.started": ["employmentStarted"],
      "followup.sixMonths": [],
    });
    expect(outcomeFields("employment.started", true)).toEqual(["employmentStarted", "employmentAdequate"]);
    expect(outcomeFields("employment.started", false)).toEqual(["employmentStarted"]);
    // `adequate` belongs to employment only.
    expect(outcomeFields("qualification.started", true)).toEqual(["qualificationsStarted"]);
  });

  it("counts a qualification begun in an IQ-funded offer also for the IQ targets, nothing else", () => {
    expect(outcomeFields("qualification.started", undefined, true)).toEqual([
      "qualificationsStarted",
      "iqQualificationsStarted",
    ]);
    expect(outcomeFields("qualification.started", undefined, false)).toEqual(["qualificationsStarted"]);
    expect(outcomeFields("qualification.completed", undefined, true)).toEqual(["qualificationsCompleted"]);
    expect(outcomeFields("employment.started", true, true)).toEqual([
      "employmentStarted",
      "employmentAdequate",
    ]);
  });

  it("counts in the candidate's district and Berufsgruppe, at the milestone's date", () => {
    expect(outcomeCell({ org: "iq-owl", occupation: "81302", district: "05754" }, "2026-06-01")).toEqual({
      org: "iq-owl",
      district: "05754",
      group: "813",
      at: "2026-06-01",
    });
  });
});
