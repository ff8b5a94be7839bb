import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/**
 * Two writes that would count the same person in the same figure, at the same time: the marker's
 * version lets one pass; the other is recorded without counting, or answers 409 and writes nothing.
 */
let world: Awaited<ReturnType<typeof referralWorld>>;
let stats: ReturnType<typeof dispatch>;

beforeAll(async () => {
  world = await referralWorld(await testDeps(new Date("2026-11-23T10:00:00Z")));
  stats = dispatch(statisticsRoutes(world.deps));
}, 60_000);

const ownTotals = async () =>
  (await invoke(stats, "GET /statistics/participants", { caller: coach, query: "from=2026-01&to=2026-12" }))
    .body.own.totals as Record<string, number>;

describe("counting a person once, under concurrency", () => {
  it("eight completions at once count one person once", async () => {
    const { id } = await world.candidate({ entryDate: "2026-03-01" });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        world.call("candidates", "POST /candidates/{id}/milestones", {
          caller: coach,
          params: { id },
          body: { type: "qualification.completed", date: `2026-10-${String(10 + i)}` },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    const stored = await world.call("candidates", "GET /candidates/{id}/milestones", {
      caller: coach,
      params: { id },
    });
    // A refused one wrote nothing: as many milestones as answers of 201.
    expect(stored.body.items).toHaveLength(statuses.filter((s) => s === 201).length);
    const totals = await ownTotals();
    expect([totals.entries, totals.qualificationCompleted]).toEqual([1, 1]);
  }, 60_000);

  it("an exit and a follow-up at once each count once", async () => {
    const { id, version } = await world.candidate({ entryDate: "2026-03-01" });
    const [exit, followup] = await Promise.all([
      world.call("candidates", "PATCH /candidates/{id}", {
        caller: coach,
        params: { id },
        headers: { "if-match": `"${version}"` },
        body: { exit: { date: "2026-05-01", reason: "employment" } },
      }),
      world.call("candidates", "POST /candidates/{id}/milestones", {
        caller: coach,
        params: { id },
        body: { type: "followup.sixMonths", date: "2026-11-02", status: "employed" },
      }),
    ]);
    expect([200, 412]).toContain(exit.status);
    expect([201, 409]).toContain(followup.status);
    const totals = (await ownTotals()) as unknown as {
      exits: Record<string, number>;
      followup: Record<string, number>;
    };
    expect(totals.exits.employment).toBe(exit.status === 200 ? 1 : 0);
    expect(totals.followup.employed).toBe(followup.status === 201 ? 1 : 0);
  }, 60_000);
});
