import fc from "fast-check";
import { expect } from "vitest";
import { type Route, routeKey, routes } from "../../../shared/http/routes.ts";
import { testDeps } from "../../support/db.ts";
import { directApi } from "./api.ts";
import { commandLog, isWrite } from "./command-log.ts";
import { requests } from "./fuzz-requests.ts";
import { answerProblems } from "./fuzz-checks.ts";
import { fuzzTargets } from "./fuzz-targets.ts";
import { scanTable } from "./table-integrity.ts";
import { OWN, seedNotices, seedOrg } from "./world.ts";

export const RUNS_PER_ROUTE = 300;
export const writeRoutes = routes.filter((route) => route.method !== "GET");
/** Two test files share the routes, so the two workers fuzz in parallel. */
const LISTING_GROUPS = new Set(["mentoring-places", "qualification-offers", "imports"]);
export const isListingRoute = (route: Route) => LISTING_GROUPS.has(route.group);

/**
 * 300 generated requests (bodies, headers, query strings) straight into one write route's handler,
 * over a fresh table with one item of each kind: never a 5xx; every 4xx problem+json, a 400
 * naming the fields it refuses; a refused request leaves the whole table exactly as it was.
 */
export async function fuzzRoute(route: Route): Promise<void> {
  const key = routeKey(route);
  const target = fuzzTargets[key];
  if (!target) throw new Error(`no fuzz target for ${key}`);
  const deps = await testDeps();
  const api = directApi(deps);
  const items = await seedOrg(api, OWN);
  // Inbox notices are written by the stream consumer, not a route: seeded like the matrix does.
  await seedNotices(deps, { own: items, foreign: { ...items } });
  const log = commandLog(deps);
  let before = await scanTable(deps);
  const statuses = new Map<number, number>();
  let unwritten = 0;
  await fc.assert(
    fc.asyncProperty(requests(target.bodies(items)), async (request) => {
      log.sent.length = 0;
      const res = await api(key, {
        caller: target.caller,
        params: target.params?.(items),
        query: request.query,
        body: request.body,
        headers: { "content-type": "application/json", ...target.headers, ...request.headers },
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(answerProblems(route, request, res)).toEqual([]);
      // Only a write command can change the table: a request that sent none is scanned every
      // 10th time (which keeps the command log honest), one that sent any, always.
      if (!log.sent.some(isWrite) && ++unwritten % 10 !== 0) return;
      const after = await scanTable(deps);
      if (res.status >= 400) expect(after, `${res.status} changed the table`).toEqual(before);
      before = after;
    }),
    // FUZZ_SEED=<seed from a failure report> replays a failing run.
    { numRuns: RUNS_PER_ROUTE, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
  );
  expect(await scanTable(deps)).toEqual(before);
  // The runs got past validation too, not only into the 400 branch.
  expect(
    [...statuses.keys()].some((status) => status !== 400),
    JSON.stringify([...statuses]),
  ).toBe(true);
}
