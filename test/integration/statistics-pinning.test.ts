import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { rebuildCounters } from "../../scripts/stats-rebuild.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/**
 * Issue 26, reproduced: a coach adding `qualification.started` events one at a time and reading
 * /statistics/targets after each pinned the network's exact total (12) after 9 events — every
 * added event moves the cell key, and the sequence of rounded answers gives the count away. A
 * non-admin now reads the network as of the last closed month, without what was dated back into
 * it while the current month is open; its own organisation's count is exact (`own`).
 */
const admin: Caller = { role: "admin", org: "netzwerk" };
const otherCoach: Caller = { role: "coach", org: "awo-owl", sub: "coach-2" };
const TARGET = { figure: "qualificationsStarted", label: "Qualifizierungen begonnen", target: 1000 };
const saved = process.env.STATISTICS_TARGETS;

let world: Awaited<ReturnType<typeof referralWorld>>;
let deps: Awaited<ReturnType<typeof testDeps>>;
let stats: ReturnType<typeof dispatch>;

const started = async (caller: Caller, date: string) => {
  const { id } = await world.candidate({}, caller);
  const res = await world.call("candidates", "POST /candidates/{id}/milestones", {
    caller,
    params: { id },
    body: { type: "qualification.started", date },
  });
  expect(res.status).toBe(201);
};
const targets = async (caller: Caller) =>
  (await invoke(stats, "GET /statistics/targets", { caller })).body as {
    asOf: string;
    targets: { reached: number; own?: number }[];
  };
const report = async (caller: Caller) =>
  (await invoke(stats, "GET /statistics", { caller, query: "from=2026-01&to=2026-12&by=month" })).body;

beforeAll(async () => {
  process.env.STATISTICS_TARGETS = JSON.stringify([{ ...TARGET, from: "2026-01", to: "2028-12" }]);
  deps = await testDeps(new Date("2026-09-15T10:00:00Z"));
  world = await referralWorld(deps);
  stats = dispatch(statisticsRoutes(deps));
  // The network's 12, recorded by another organisation in September.
  for (let i = 0; i < 12; i++) await started(otherCoach, "2026-09-14");
  deps.setNow(new Date("2026-11-23T10:00:00Z"));
}, 120_000);

afterAll(() => {
  if (saved === undefined) delete process.env.STATISTICS_TARGETS;
  else process.env.STATISTICS_TARGETS = saved;
});

describe("network figures cannot be pinned by adding one's own events", () => {
  it("a coach adding 9 events one at a time (today and dated back) never moves the network figures it reads", async () => {
    const first = await targets(coach);
    const firstReport = await report(coach);
    expect(first.asOf).toBe("2026-10");
    expect(first.targets[0]?.own).toBe(0);
    const dates = ["2026-11-23", "2026-11-02", "2026-10-30", "2026-10-01", "2026-09-14"];
    const readings: number[] = [];
    for (let i = 1; i <= 9; i++) {
      await started(coach, dates[i % dates.length] ?? "2026-11-23");
      const now = await targets(coach);
      readings.push(now.targets[0]?.reached ?? -1);
      // Its own count: exact and current.
      expect(now.targets[0]?.own).toBe(i);
      const r = await report(coach);
      expect(r.totals).toEqual(firstReport.totals);
      expect(r.rows).toEqual(firstReport.rows);
      expect(r.own.totals.qualificationsStarted).toBe(i);
    }
    expect(readings).toEqual(Array(9).fill(first.targets[0]?.reached));
    // The admin reads the network current: 21, rounded by cell key to a multiple of 5.
    const current = await targets(admin);
    expect(current.asOf).toBe("2026-11");
    expect(current.targets[0]?.reached).not.toBe(first.targets[0]?.reached);
    expect((current.targets[0]?.reached ?? 1) % 5).toBe(0);
    expect(current.targets[0]).not.toHaveProperty("own");
  });

  it("a rebuild keeps the events dated back in their place, and a closed month shows them", async () => {
    const before = await targets(coach);
    await rebuildCounters(deps);
    expect(await targets(coach)).toEqual(before);
    // December: November is closed, every event recorded in it counts, as the admin saw it.
    const admin21 = (await targets(admin)).targets[0]?.reached;
    deps.setNow(new Date("2026-12-01T08:00:00Z"));
    const december = await targets(coach);
    expect(december.asOf).toBe("2026-11");
    expect(december.targets[0]?.reached).toBe(admin21);
    expect(december.targets[0]?.own).toBe(9);
  });
});
