import { beforeAll, describe, expect, it } from "vitest";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { demoOffers, demoPlaces } from "../../local/demo/demo-data.ts";
import { seedDemoData } from "../../local/demo/seed.ts";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";

let deps: Deps;
let sent: string[] = [];

beforeAll(async () => {
  deps = await testDeps();
  sent = recordCommands(deps);
  await seedDemoData(deps);
}, 120_000);

describe("demo data", () => {
  it("seeds every offer and place once, published ones listed publicly", async () => {
    expect(await seedDemoData(deps)).toBeUndefined();
    const published = await listingRepository(deps, "offer").listPublished({ limit: 100 });
    expect(published.items).toHaveLength(demoOffers.filter((o) => o.input.status === "published").length);
    const places = await listingRepository(deps, "place").listPublished({ limit: 100 });
    const full = places.items.filter((p) => "capacity" in p && p.acceptedCount === p.capacity);
    expect(full.length).toBe(demoPlaces.filter((p) => p.taken === p.input.capacity).length);
  });

  it("answers a coach's match in Gütersloh for Pflegefachfrau with a bounded number of queries", async () => {
    sent.length = 0;
    const res = await invoke(dispatch(matchRoutes(deps)), "POST /matches", {
      caller: { role: "coach", org: "mozaik" },
      body: { occupation: "81302", location: { postalCode: "33330" } },
    });
    expect(res.status).toBe(200);
    expect(res.body.offers.length).toBeGreaterThan(0);
    expect(res.body.places.length).toBeGreaterThan(0);
    for (const m of [...res.body.offers, ...res.body.places]) {
      expect(m.item.status).toBe("published");
      expect(m.reasons.length).toBeGreaterThan(1);
      if (m.distanceKm !== null) expect(m.distanceKm).toBeLessThanOrEqual(50);
    }
    // Full places never appear.
    const fullIds = new Set(demoPlaces.filter((p) => p.taken === p.input.capacity).map((p) => p.input.title));
    expect(res.body.places.some((m: { item: { title: string } }) => fullIds.has(m.item.title))).toBe(false);
    // Reads: at most 9 Queries (never a Scan) and one BatchGet for the organisations' names of the
    // page; writes: the two match-search counters (network, organisation).
    const count = (name: string) => sent.filter((sentName) => sentName === name).length;
    expect(new Set(sent)).toEqual(new Set(["QueryCommand", "BatchGetCommand", "UpdateCommand"]));
    expect(count("QueryCommand")).toBeLessThanOrEqual(9);
    expect(count("BatchGetCommand")).toBe(1);
    expect(count("UpdateCommand")).toBe(2);
  });

  it("tells the story after the match: the statistics page shows outcomes on first start", async () => {
    const res = await invoke(dispatch(statisticsRoutes(deps)), "GET /statistics", {
      caller: { role: "admin", org: "netzwerk" },
    });
    expect(res.status).toBe(200);
    // 12 qualifications begun, 10 completed, 7 full recognitions, 6 jobs (5 adequate), rounded by cell key.
    expect(res.body.totals.qualificationsStarted).toBeGreaterThanOrEqual(10);
    expect(res.body.totals.qualificationsCompleted).toBeGreaterThanOrEqual(5);
    expect(res.body.totals.employmentStarted).toBeGreaterThanOrEqual(5);
    expect(res.body.totals.referrals.proposed + res.body.totals.qualificationsStarted).toBeGreaterThan(0);
  });
});
