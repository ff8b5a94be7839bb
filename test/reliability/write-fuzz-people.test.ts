import { describe, expect, it } from "vitest";
import { routeKey } from "../../shared/http/routes.ts";
import { fuzzTargets } from "./support/fuzz-targets.ts";
import { fuzzRoute, isListingRoute, writeRoutes } from "./support/fuzz-route.ts";

/** Fuzzing (support/fuzz-route.ts) every other write route: matches, candidates, referrals, and any new one. */
describe("fuzzing the other write routes", () => {
  it("has a fuzz target for exactly the write routes of the route table", () => {
    expect(Object.keys(fuzzTargets).sort()).toEqual(writeRoutes.map(routeKey).sort());
  });

  for (const route of writeRoutes.filter((r) => !isListingRoute(r)))
    // 300 requests, each followed by a table scan when it wrote: minutes on a busy machine; the timeout catches hangs.
    it(routeKey(route), { timeout: 600_000 }, () => fuzzRoute(route));
});
