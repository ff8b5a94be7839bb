import { topicsInUse } from "../../shared/app/topics-in-use.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { TOPIC_ROUTES } from "../../shared/http/routes/topics.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(TOPIC_ROUTES);

/** GET /topics (issue 28): counters of topics in use, read like the statistics' counters. */
export const topicRoutes = (deps: Deps): Record<string, RouteHandler> => ({
  "GET /topics": handle("GET /topics", async ({ query }) => json(200, await topicsInUse(deps, query))),
});
