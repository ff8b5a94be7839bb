import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { baseCellKey, roundByKey } from "../../shared/domain/statistics-protection.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { coach, employer, provider, referralWorld } from "../support/referral-world.ts";

const admin: Caller = { role: "admin", org: "netzwerk" };
let world: Awaited<ReturnType<typeof referralWorld>>;
let statistics: ReturnType<typeof dispatch>;
const demand = (caller: Caller, query?: string) =>
  invoke(statistics, "GET /statistics/demand", { caller, ...(query ? { query } : {}) });

/** Three nurses in Gütersloh whose plans leave "Wundmanagement" open (one wording differs in case). */
beforeAll(async () => {
  world = await referralWorld(await testDeps());
  statistics = dispatch(statisticsRoutes(world.deps));
  for (const topic of ["Wundmanagement", "wundmanagement ", "Wundmanagement"]) {
    const { id } = await world.candidate({
      recognition: {
        status: "partial",
        decision: {
          date: "2026-10-01",
          kind: "partial-equivalence",
          differences: [{ topic, kind: "theory" }],
        },
      },
    });
    const saved = await world.call("candidates", "PUT /candidates/{id}/plan", {
      caller: coach,
      params: { id },
      body: { steps: [] },
    });
    expect(saved.status).toBe(200);
  }
}, 60_000);

describe("GET /statistics/demand", () => {
  // The published figure of 3 cases in one base cell (statistics-protection.ts, tested there).
  const three = roundByKey(
    3,
    baseCellKey({ figure: "demand|wundmanagement", month: "2026-11", district: "05754", group: "813" }, 3),
  );

  it("admins: the current month, one row per Berufsgruppe × topic, rounded by cell key", async () => {
    const res = await demand(admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: "2025-12",
      to: "2026-11",
      asOf: "2026-11",
      by: "topic",
      scope: "network",
    });
    expect(res.body.totals).toEqual({ needs: three });
    expect(res.body.rows).toEqual(
      three
        ? [
            {
              key: "813|wundmanagement",
              label: "Wundmanagement",
              needs: three,
              group: "813",
              groupLabel: expect.any(String),
            },
          ]
        : [],
    );
    const byDistrict = await demand(admin, "by=district&occupation=813");
    expect(byDistrict.body.rows).toEqual([{ key: "05754", label: "Kreis Gütersloh", needs: three }]);
    expect((await demand(admin, "by=district&occupation=261")).body.rows).toEqual([]);
  });

  it("coaches and providers: closed months only, whatever `to` asks", async () => {
    for (const caller of [coach, provider]) {
      const res = await demand(caller, "from=2026-10&to=2026-11");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ asOf: "2026-10", rows: [], totals: { needs: 0 }, suppressed: 0 });
    }
    expect((await demand(employer)).status).toBe(403);
  });

  it.each([
    ["by=month", "query.by"],
    ["from=2026-11&to=2026-10", "query.to"],
    ["from=2020-01&to=2026-10", "query.from"],
    ["occupation=81", "query.occupation"],
    ["org=mozaik", "query.org"],
  ])("refuses %s naming %s", async (query, field) => {
    const res = await demand(admin, query);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });
});
