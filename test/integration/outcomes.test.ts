import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { rebuildCounters } from "../../scripts/stats-rebuild.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

const admin: Caller = { role: "admin", org: "netzwerk" };
const OUTCOMES = [
  "qualificationsStarted",
  "qualificationsCompleted",
  "recognitionsFull",
  "employmentStarted",
  "employmentAdequate",
  "iqQualificationsStarted",
] as const;
let world: Awaited<ReturnType<typeof referralWorld>>;
let stats: ReturnType<typeof dispatch>;
const saved = process.env.STATISTICS_TARGETS;

const totals = async (caller: Caller = admin) =>
  (await invoke(stats, "GET /statistics", { caller, query: "from=2026-01&to=2026-12" })).body
    .totals as Record<string, number>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
  stats = dispatch(statisticsRoutes(world.deps));
  // Ten candidates × one of each counted milestone: exact sums that are multiples of 5 stay exact.
  // Five begin an IQ-funded offer, five one paid otherwise (issue 27: IQ targets count the first).
  const iq = await world.offer({ funding: ["iq-funded", "bildungsgutschein"] });
  const voucher = await world.offer({ funding: ["bildungsgutschein"] });
  for (let i = 0; i < 10; i++) {
    const { id } = await world.candidate();
    const record = (body: Record<string, unknown>) =>
      world.call("candidates", "POST /candidates/{id}/milestones", { caller: coach, params: { id }, body });
    const referral = await world.proposeOffer(id, i < 5 ? iq.id : voucher.id);
    await record({ type: "qualification.started", date: "2026-03-02", referralId: referral.body.id });
    await record({ type: "qualification.completed", date: "2026-09-30" });
    await record({ type: "recognition.full", date: "2026-10-01" });
    await record({ type: "employment.started", date: "2026-11-01", occupation: i < 5 ? "81302" : "81301" });
    await record({ type: "mentoring.started", date: "2026-11-01" });
  }
}, 120_000);

afterAll(() => {
  if (saved === undefined) delete process.env.STATISTICS_TARGETS;
  else process.env.STATISTICS_TARGETS = saved;
});

describe("outcome figures", () => {
  it("counts milestones in GET /statistics, rounded to multiples of 5, for the network and the organisation", async () => {
    const expected = {
      qualificationsStarted: 10,
      qualificationsCompleted: 10,
      recognitionsFull: 10,
      employmentStarted: 10,
      employmentAdequate: 5,
      iqQualificationsStarted: 5,
    };
    expect(await totals()).toMatchObject(expected);
    // The coach's organisation's own figures exactly; the network as of October, without what
    // was dated back into it in November (all ten candidates' milestones, recorded today).
    const coachView = (
      await invoke(stats, "GET /statistics", { caller: coach, query: "from=2026-01&to=2026-12" })
    ).body;
    expect(coachView.own.totals).toMatchObject(expected);
    expect(coachView).toMatchObject({
      asOf: "2026-10",
      totals: { qualificationsStarted: 0, recognitionsFull: 0 },
    });
    const byMonth = await invoke(stats, "GET /statistics", {
      caller: admin,
      query: "from=2026-01&to=2026-12&by=month",
    });
    const march = byMonth.body.rows.find((r: { key: string }) => r.key === "2026-03");
    expect(march).toMatchObject({ qualificationsStarted: 10, employmentStarted: 0 });
    for (const row of byMonth.body.rows)
      for (const field of OUTCOMES) expect(row[field] % 5, `${row.key} ${field}`).toBe(0);
  });

  it("stats:rebuild recounts them from the anonymous outcome events", async () => {
    const before = await totals();
    await rebuildCounters(world.deps);
    expect(await totals()).toEqual(before);
  });

  it("GET /statistics/targets: the configured targets with progress", async () => {
    process.env.STATISTICS_TARGETS = JSON.stringify([
      {
        figure: "qualificationsStarted",
        label: "Qualifizierungen begonnen",
        target: 1000,
        from: "2026-01",
        to: "2028-12",
      },
      {
        figure: "iqQualificationsStarted",
        label: "IQ-geförderte Qualifizierungen begonnen",
        target: 1000,
        from: "2026-01",
        to: "2028-12",
      },
    ]);
    const target = {
      figure: "qualificationsStarted",
      label: "Qualifizierungen begonnen",
      target: 1000,
      from: "2026-01",
      to: "2028-12",
    };
    const res = await invoke(stats, "GET /statistics/targets", { caller: admin });
    expect(res.status).toBe(200);
    const iqTarget = {
      ...target,
      figure: "iqQualificationsStarted",
      label: "IQ-geförderte Qualifizierungen begonnen",
    };
    expect(res.body).toEqual({
      asOf: "2026-11",
      targets: [
        { ...target, reached: 10, share: 0.01 },
        { ...iqTarget, reached: 5, share: 0.005 },
      ],
    });
    // A coach: the network as of October (the ten were recorded in November), its own exactly.
    expect((await invoke(stats, "GET /statistics/targets", { caller: coach })).body).toEqual({
      asOf: "2026-10",
      targets: [
        { ...target, reached: 0, share: 0, own: 10 },
        { ...iqTarget, reached: 0, share: 0, own: 5 },
      ],
    });
    delete process.env.STATISTICS_TARGETS;
    expect((await invoke(stats, "GET /statistics/targets", { caller: coach })).body).toEqual({
      asOf: "2026-10",
      targets: [],
    });
  });
});
