import { describe, it } from "vitest";
import { routeKey } from "../../shared/http/routes.ts";
import { fuzzRoute, isListingRoute, writeRoutes } from "./support/fuzz-route.ts";

/** Fuzzing (support/fuzz-route.ts) the write routes of mentoring places, qualification offers and their imports. */
describe("fuzzing the listing write routes", () => {
  for (const route of writeRoutes.filter(isListingRoute))
    // 300 requests, each followed by a table scan when it wrote: minutes on a busy machine; the timeout catches hangs.
    it(routeKey(route), { timeout: 600_000 }, () => fuzzRoute(route));
});
