import { jsonOrCsv } from "../../schemas/media.ts";
import { statisticsQuery, statisticsReport, statisticsTargets } from "../../schemas/statistics.ts";

/** Anonymous figures for the network (admins and coaches). */
export const STATISTICS_ROUTES = [
  {
    method: "GET",
    path: "/statistics",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "Anonymous figures by district, state, occupation group or month (Accept: text/csv for Excel); people-related counts rounded to multiples of 5 by cell key",
    query: statisticsQuery,
    response: jsonOrCsv(statisticsReport),
  },
  {
    method: "GET",
    path: "/statistics/targets",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "The deployment's targets (e.g. 1,000 qualifications begun 2026-01 to 2028-12) and the network's progress, rounded like every count of people",
    response: statisticsTargets,
  },
] as const;
