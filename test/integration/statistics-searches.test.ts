import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { rebuildCounters } from "../../scripts/stats-rebuild.ts";
import { flowCounterPartition, searchCounterPartition } from "../../shared/db/keys.ts";
import { countMatchSearch } from "../../shared/db/statistics-counters.ts";
import { readCounters } from "../../shared/db/statistics-read.ts";
import type { Cell } from "../../shared/domain/statistics-report.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, seedItems, testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";

/**
 * Match searches are counted once per search, per organisation (STATS#SEARCH#<month>); reports
 * sum them with what older flow cells hold. Two organisations search in Gütersloh (05754, 813);
 * "iq-owl-2" starts with "iq-owl", so an organisation's range must end at its slug.
 */
const MONTH = "2026-11";
const AT = "2026-11-20T09:00:00Z";
const admin: Caller = { role: "admin", org: "netzwerk" };
const owl: Caller = { role: "coach", org: "iq-owl" };
const owl2: Caller = { role: "coach", org: "iq-owl-2" };
const gt = { district: "05754", group: "813", at: AT };
const leipzig = { district: "14713", group: "813", at: AT };

/** Counted before this layout, in the flow cells (network and organisation). */
const oldCells = [
  { PK: flowCounterPartition(MONTH), SK: "05754#813", matchSearches: 2, zeroResultSearches: 1 },
  { PK: flowCounterPartition(MONTH, owl.org), SK: "05754#813", matchSearches: 2, zeroResultSearches: 1 },
];

/** The same events, every search in the old layout: what the reports gave before the change. */
const sameEventsOldLayout = [
  { PK: flowCounterPartition(MONTH), SK: "05754#813", matchSearches: 9, zeroResultSearches: 4 },
  { PK: flowCounterPartition(MONTH), SK: "14713#813", matchSearches: 1 },
  { PK: flowCounterPartition(MONTH, owl.org), SK: "05754#813", matchSearches: 5, zeroResultSearches: 2 },
  { PK: flowCounterPartition(MONTH, owl2.org), SK: "05754#813", matchSearches: 4, zeroResultSearches: 2 },
  { PK: flowCounterPartition(MONTH, owl2.org), SK: "14713#813", matchSearches: 1 },
];

let deps: Deps;
let old: Deps;
let sent: string[];

const report = (d: Deps, caller: Caller, by = "district") =>
  invoke(dispatch(statisticsRoutes(d)), "GET /statistics", {
    caller,
    query: `from=${MONTH}&to=${MONTH}&by=${by}`,
  });
const sorted = (cells: Cell[]) => [...cells].sort((a, b) => (a.district < b.district ? -1 : 1));
const cell = (district: string, figures: Record<string, number>) => ({
  district,
  group: "813",
  month: MONTH,
  figures,
});

beforeAll(async () => {
  [deps, old] = await Promise.all([testDeps(), testDeps()]);
  await seedItems(deps, oldCells);
  await seedItems(old, sameEventsOldLayout);
  sent = recordCommands(deps);
  // iq-owl: 3 searches in Gütersloh, 1 without result.
  for (const nothing of [true, false, false]) await countMatchSearch(deps, { org: owl.org, ...gt }, nothing);
  // iq-owl-2: 4 in Gütersloh (2 without result), 1 in Leipzig.
  for (const nothing of [true, true, false, false])
    await countMatchSearch(deps, { org: owl2.org, ...gt }, nothing);
  await countMatchSearch(deps, { org: owl2.org, ...leipzig });
}, 60_000);

describe("match-search counters", () => {
  it("write one UpdateItem per search, one item per organisation and cell", async () => {
    expect(sent).toEqual(Array(8).fill("UpdateCommand"));
    const { Items = [] } = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": searchCounterPartition(MONTH) },
      }),
    );
    expect(Items).toEqual([
      { PK: "STATS#SEARCH#2026-11", SK: "iq-owl#05754#813", matchSearches: 3, zeroResultSearches: 1 },
      { PK: "STATS#SEARCH#2026-11", SK: "iq-owl-2#05754#813", matchSearches: 4, zeroResultSearches: 2 },
      { PK: "STATS#SEARCH#2026-11", SK: "iq-owl-2#14713#813", matchSearches: 1 },
    ]);
  });

  it("read as one cell per district × group × month: the network sums, an organisation its own", async () => {
    // Old flow cells (2 + 1) and new search cells are summed, too.
    const network = await readCounters(deps, [MONTH]);
    expect(sorted(network.flows)).toEqual([
      cell("05754", { matchSearches: 9, zeroResultSearches: 4 }),
      cell("14713", { matchSearches: 1 }),
    ]);
    expect(sorted((await readCounters(deps, [MONTH], owl.org)).flows)).toEqual([
      cell("05754", { matchSearches: 5, zeroResultSearches: 2 }),
    ]);
    expect(sorted((await readCounters(deps, [MONTH], owl2.org)).flows)).toEqual([
      cell("05754", { matchSearches: 4, zeroResultSearches: 2 }),
      cell("14713", { matchSearches: 1 }),
    ]);
  });

  it("publish exactly what the same events gave when every search was counted in the flow cells", async () => {
    for (const caller of [admin, owl, owl2])
      for (const by of ["district", "state", "occupationGroup", "month"])
        expect((await report(deps, caller, by)).body).toEqual((await report(old, caller, by)).body);
    // The network rounded by cell key (true: 9 and 4 in Gütersloh, 1 in Leipzig); each
    // organisation's own searches exactly: iq-owl 5 and 2; iq-owl-2 4, 2 and 1.
    type Row = { key: string; matchSearches: number; zeroResultSearches: number };
    const figures = (rows: Row[]) => rows.map((r) => [r.key, r.matchSearches, r.zeroResultSearches]);
    expect(figures((await report(deps, admin)).body.rows)).toEqual([
      ["05754", 10, 5],
      ["14713", 5, 0],
    ]);
    expect(figures((await report(deps, owl)).body.own.rows)).toEqual([["05754", 5, 2]]);
    expect(figures((await report(deps, owl2)).body.own.rows)).toEqual([
      ["05754", 4, 2],
      ["14713", 1, 0],
    ]);
    // This month is open: a coach reads no network searches of it yet (as of October).
    expect((await report(deps, owl)).body).toMatchObject({ asOf: "2026-10", rows: [] });
    const body = JSON.stringify((await report(deps, admin)).body);
    expect(body).not.toMatch(/iq-owl|SEARCH/);
  });

  it("survive a rebuild: search partitions untouched, old cells keep both search figures", async () => {
    const searchItems = async () =>
      (
        await deps.db.send(
          new QueryCommand({
            TableName: deps.tableName,
            KeyConditionExpression: "PK = :pk",
            ExpressionAttributeValues: { ":pk": searchCounterPartition(MONTH) },
          }),
        )
      ).Items;
    const before = await searchItems();
    const reportBefore = (await report(deps, admin)).body;
    await rebuildCounters(deps);
    expect(await searchItems()).toEqual(before);
    expect(sorted((await readCounters(deps, [MONTH], owl.org)).flows)).toEqual([
      cell("05754", { matchSearches: 5, zeroResultSearches: 2 }),
    ]);
    expect((await report(deps, admin)).body).toEqual(reportBefore);
  });
});
