import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { flowCounterPartition, searchCounterPartition, stockCounterPartition } from "../../shared/db/keys.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { rebuildCounters } from "../../scripts/stats-rebuild.ts";
import { recordCommands, seedItems, testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";
import { coach, employer, referralWorld } from "../support/referral-world.ts";

const admin: Caller = { role: "admin", org: "netzwerk" };
const otherCoach: Caller = { role: "coach", org: "brueckenwerk-sachsen" };
// No milestones in this world: every outcome figure is 0 (test/integration/outcomes.test.ts counts them).
const NO_OUTCOMES = {
  qualificationsStarted: 0,
  qualificationsCompleted: 0,
  recognitionsFull: 0,
  employmentStarted: 0,
  employmentAdequate: 0,
  iqQualificationsStarted: 0,
};
let world: Awaited<ReturnType<typeof referralWorld>>;
let report: (caller: Caller, query?: string, headers?: Record<string, string>) => ReturnType<typeof invoke>;
let erasable: { id: string };

/** Every counter item, zero figures dropped (ADD leaves zeros behind; a rebuild does not). */
async function counters() {
  const { deps } = world;
  const pks = [
    stockCounterPartition,
    flowCounterPartition("2026-11"),
    flowCounterPartition("2026-11", coach.org),
    searchCounterPartition("2026-11"),
  ];
  const all: Record<string, Record<string, number>> = {};
  for (const pk of pks) {
    const { Items = [] } = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": pk },
      }),
    );
    for (const { PK, SK, ...figures } of Items) {
      const kept = Object.entries(figures).filter(([, v]) => v !== 0);
      if (kept.length) all[`${PK}|${SK}`] = Object.fromEntries(kept) as Record<string, number>;
    }
  }
  return all;
}

beforeAll(async () => {
  world = await referralWorld(await testDeps());
  const stats = dispatch(statisticsRoutes(world.deps));
  report = (caller, query = "from=2026-11&to=2026-11", headers = {}) =>
    invoke(stats, "GET /statistics", { caller, query, headers });
  const offers = dispatch(listingHandlers(qualificationOfferResource, world.deps));
  const provider: Caller = { role: "provider", org: "bildung" };
  await invoke(offers, "POST /qualification-offers", {
    caller: provider,
    // One offer for two Berufsgruppen (813 and 262): one offer in every total.
    body: offerInput({ status: "published", occupations: ["81302", "26212"] }),
  });
  await invoke(offers, "POST /qualification-offers", {
    caller: provider,
    body: offerInput({ status: "published", format: "online", location: undefined }),
  });
  const guetersloh = await world.place({ capacity: 3 });
  const bielefeld = await world.place({ capacity: 2, location: { postalCode: "33602" } });
  await world.place({ status: "draft", location: { postalCode: "04109" } });

  // Six candidates in Gütersloh: 3 accepted, 1 declined, 1 withdrawn, 1 still proposed.
  const outcomes = ["accept", "accept", "accept", "decline", "withdraw", undefined] as const;
  const referrals: string[] = [];
  for (const i of outcomes.keys()) {
    const candidate = await world.candidate({ reference: `S-${i}` });
    if (i === 0) erasable = candidate;
    referrals.push((await world.propose(candidate.id, guetersloh.id)).body.id);
  }
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome) await world.act(referrals[i] ?? "", outcome, outcome === "withdraw" ? coach : employer);
  }
  // Another coaching organisation, a candidate in Leipzig proposed to Bielefeld.
  const leipzig = await world.candidate({ reference: "L-1", location: { postalCode: "04109" } }, otherCoach);
  await world.propose(leipzig.id, bielefeld.id, otherCoach);

  const matches = dispatch(matchRoutes(world.deps));
  const search = (caller: Caller, postalCode: string) =>
    invoke(matches, "POST /matches", { caller, body: { occupation: "81302", location: { postalCode } } });
  for (let i = 0; i < 7; i++) await search(coach, "33330");
  for (let i = 0; i < 2; i++) await search(otherCoach, "04109");
});

describe("GET /statistics", () => {
  it("gives the network item counts exactly and people-related counts rounded by cell key", async () => {
    const res = await report(admin);
    expect(res.status).toBe(200);
    const row = (key: string) => res.body.rows.find((r: { key: string }) => r.key === key);
    // True: 6 proposed, 3 accepted, 1 declined, 1 withdrawn, 7 searches, 3 of 3 seats taken.
    expect(row("05754")).toEqual({
      key: "05754",
      label: "Kreis Gütersloh",
      offers: 0,
      places: 1,
      seats: 3,
      seatsTaken: 0,
      referrals: { proposed: 5, accepted: 5, declined: 0, withdrawn: 5 },
      matchSearches: 5,
      zeroResultSearches: 0,
      ...NO_OUTCOMES,
    });
    expect(row("05711")).toMatchObject({
      label: "Kreisfreie Stadt Bielefeld",
      offers: 1,
      places: 1,
      seats: 2,
      seatsTaken: 0,
    });
    // True: 1 proposal, 2 searches.
    expect(row("14713")).toMatchObject({ places: 0, referrals: { proposed: 0 }, matchSearches: 5 });
    expect(row("online")).toMatchObject({ label: "Online (ohne Ort)", offers: 1 });
    // True: 7 proposals, 9 searches, 3 seats taken of 5.
    expect(res.body.totals).toEqual({
      offers: 2,
      places: 2,
      seats: 5,
      seatsTaken: 5,
      referrals: { proposed: 10, accepted: 5, declined: 0, withdrawn: 5 },
      matchSearches: 10,
      zeroResultSearches: 0,
      ...NO_OUTCOMES,
    });
    expect(res.body.suppressed).toBe(0);
    expect(JSON.stringify(res.body)).not.toMatch(/S-\d|L-1|<5/);
  });

  it("publishes the same cell the same way in every grouping, so differences give nothing away", async () => {
    const people = (f: {
      seatsTaken: number | null;
      referrals: Record<string, number>;
      matchSearches: number;
    }) => [f.seatsTaken, ...Object.values(f.referrals), f.matchSearches];
    const reports = await Promise.all(
      ["district", "state", "occupationGroup", "month"].map(
        async (by) => (await report(admin, `from=2026-11&to=2026-11&by=${by}`)).body,
      ),
    );
    for (const r of reports) {
      expect(r.totals).toEqual(reports[0].totals);
      for (const figure of [...r.rows, r.totals].flatMap(people)) expect((figure ?? 0) % 5).toBe(0);
    }
    // A wider period with no other events: the same events, the same key, the same figures.
    expect((await report(admin, "from=2026-09&to=2026-12")).body.totals).toEqual(reports[0].totals);
  });

  it("shows a coach the network as of the last closed month, and its own organisation exactly and current", async () => {
    const res = await report(coach, "from=2026-11&to=2026-11&by=state");
    expect(res.body).toMatchObject({ scope: "network", asOf: "2026-10" });
    const nrw = res.body.rows.find((r: { key: string }) => r.key === "05");
    // The network's offers and places now (items, not people); none of November's events yet,
    // and no count of seats taken (accepting and withdrawing move it now).
    expect(nrw).toMatchObject({ label: "Nordrhein-Westfalen", places: 2, offers: 1, seatsTaken: null });
    expect(nrw).toMatchObject({ referrals: { proposed: 0, accepted: 0 }, matchSearches: 0 });
    expect(res.body.totals).toMatchObject({ places: 2, seatsTaken: null, matchSearches: 0 });
    // Its own 6 proposals (3 accepted, 1 declined, 1 withdrawn) and 7 searches, exactly.
    const own = res.body.own.rows.find((r: { key: string }) => r.key === "05");
    expect(own).toMatchObject({
      label: "Nordrhein-Westfalen",
      offers: null,
      seatsTaken: null,
      referrals: { proposed: 6, accepted: 3, declined: 1, withdrawn: 1 },
      matchSearches: 7,
    });
    expect(res.body.own.rows.find((r: { key: string }) => r.key === "14")).toBeUndefined();
    expect(res.body.own.totals).toMatchObject({ referrals: { proposed: 6 }, matchSearches: 7 });
    const csv = String((await report(coach, "from=2026-11&to=2026-11", { accept: "text/csv" })).body);
    expect(csv).toContain(";Netzwerk: Stand 2026-10\r\n\r\n;Ihre Organisation (genau, aktuell)\r\n");
    expect(csv).toContain("05754;Kreis Gütersloh;;;;;6;3;1;1;7;0;0;0;0;0;0;0\r\n");
    // Admins read the network current and have no `own`.
    const network = await report(admin, "from=2026-11&to=2026-11&by=state");
    expect(network.body).toMatchObject({ scope: "network", asOf: "2026-11" });
    expect(network.body).not.toHaveProperty("own");
  });

  it("groups by occupation group and month with German labels, and answers CSV for Excel", async () => {
    const byGroup = await report(admin, "from=2026-11&to=2026-11&by=occupationGroup");
    expect(byGroup.body.rows.map((r: { key: string; offers: number }) => [r.key, r.offers])).toEqual([
      ["262", 1],
      ["813", 2],
    ]);
    expect(byGroup.body.rows[1]).toMatchObject({ label: expect.stringContaining("Gesundheit") });
    expect(byGroup.body.totals).toMatchObject({ offers: 2, places: 2 });
    const byMonth = await report(admin, "from=2026-10&to=2026-11&by=month");
    expect(byMonth.body.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ["2026-11", "November 2026"],
    ]);
    expect(byMonth.body.rows[0].offers).toBeNull();
    const csv = await report(admin, "from=2026-11&to=2026-11", { accept: "text/csv" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(String(csv.body).startsWith("\uFEFFSchlüssel;Bezeichnung;Qualifizierungen")).toBe(true);
    expect(String(csv.body)).toContain("05754;Kreis Gütersloh;0;1;3;0;5;5;0;5;5;0;0;0;0;0;0;0\r\n");
    expect(String(csv.body)).toContain(
      '\r\n;Summe;2;2;5;5;10;5;0;5;10;0;0;0;0;0;0;0\r\n;"Hinweis: Vorschläge',
    );
  });

  it("is for admins and coaches only, and validates the period", async () => {
    expect((await report({ role: "employer", org: "klinikum" })).status).toBe(403);
    expect((await report({ role: "provider", org: "bildung" })).status).toBe(403);
    const bad = await report(admin, "from=2026-13&to=2026-01&by=kreis");
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["query.by", "query.from"]);
    expect((await report(admin, "from=2026-11&to=2026-01")).body.errors[0].path).toBe("query.to");
  });

  it("keeps the figures when a candidate is erased (its open referral withdrawn), and a rebuild equals the incremental counters", async () => {
    const before = await report(admin);
    const countersBefore = await counters();
    // One item per organisation × district × Berufsgruppe in the month's search partition.
    const searches = searchCounterPartition("2026-11");
    expect(countersBefore[`${searches}|mozaik#05754#813`]).toEqual({ matchSearches: 7 });
    expect(countersBefore[`${searches}|brueckenwerk-sachsen#14713#813`]).toEqual({ matchSearches: 2 });
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id: erasable.id },
      headers: { "if-match": "*" },
    });
    expect(erased.status).toBe(204);
    // Its accepted referral was withdrawn first: one more withdrawal this month, its seat free again.
    const cell = (pk: string, sk: string, change: Record<string, number>) => ({
      [`${pk}|${sk}`]: { ...countersBefore[`${pk}|${sk}`], ...change },
    });
    const expected = {
      ...countersBefore,
      ...cell(stockCounterPartition, "05754#*", { seatsTaken: 2 }),
      ...cell(stockCounterPartition, "05754#813", { seatsTaken: 2 }),
      ...cell(flowCounterPartition("2026-11"), "05754#813", { withdrawn: 2 }),
      ...cell(flowCounterPartition("2026-11", coach.org), "05754#813", { withdrawn: 2 }),
    };
    expect(await counters()).toEqual(expected);
    // Nothing that happened before the erasure is lost from the report.
    const { referrals: was } = before.body.totals;
    const { referrals: is } = (await report(admin)).body.totals;
    expect([is.proposed, is.accepted, is.declined]).toEqual([was.proposed, was.accepted, was.declined]);

    await rebuildCounters(world.deps);
    expect(await counters()).toEqual(expected);
  });

  describe("24 months × 400 districts", () => {
    let deps: Awaited<ReturnType<typeof testDeps>>;
    // 9,600 counter items: seeding gets its own hook and a generous timeout so that a busy
    // machine slows the setup down without failing the test.
    beforeAll(async () => {
      deps = await testDeps();
      const months = Array.from(
        { length: 24 },
        (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
      );
      const items = months.flatMap((m) =>
        Array.from({ length: 400 }, (_, d) => ({
          PK: flowCounterPartition(m),
          SK: `${String(d).padStart(5, "0")}#813`,
          proposed: 7,
        })),
      );
      await seedItems(deps, items);
    }, 600_000);

    it("reads O(cells) with Queries only: the stock, and per month the flows and the searches", async () => {
      const sent = recordCommands(deps);
      const res = await invoke(dispatch(statisticsRoutes(deps)), "GET /statistics", {
        caller: admin,
        query: "from=2025-01&to=2026-12",
      });
      expect(res.status).toBe(200);
      expect(res.body.rows).toHaveLength(400);
      expect(res.body.totals.referrals.proposed).toBe(24 * 400 * 7);
      expect(new Set(sent)).toEqual(new Set(["QueryCommand"]));
      expect(sent.length).toBe(1 + 24 * 2);
    }, 120_000);
  });
});
