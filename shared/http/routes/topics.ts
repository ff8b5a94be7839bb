import { topicsAnswer, topicsQuery } from "../../schemas/topic.ts";

/**
 * The words coaches and providers use for differences and module topics (issue 28), so they
 * converge: suggestions while typing. Served by the statistics function (reads counters only).
 */
export const TOPIC_ROUTES = [
  {
    method: "GET",
    path: "/topics",
    group: "statistics",
    auth: "required",
    roles: ["coach", "provider", "admin"],
    summary:
      "The topics used so far in a Berufsgruppe (modules of published offers, differences of recognition cases) with how often, most used first; `q` for suggestions while typing (normalised, case-insensitive prefix)",
    query: topicsQuery,
    response: topicsAnswer,
  },
] as const;
