import { demandReport } from "../../shared/app/demand.ts";
import { employerStatistics } from "../../shared/app/employer-statistics.ts";
import { employerLabel } from "../../shared/reference/employer-labels.ts";
import { employerStatisticsCsv } from "../../shared/http/employer-statistics-csv.ts";
import { participantReport } from "../../shared/app/participant-statistics.ts";
import { type ReportContext, statisticsReport, statisticsTargets } from "../../shared/app/statistics.ts";
import { parseTargets } from "../../shared/domain/statistics-targets.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { STATISTICS_ROUTES } from "../../shared/http/routes/statistics.ts";
import { participantCsv } from "../../shared/http/participant-csv.ts";
import { statisticsCsv } from "../../shared/http/statistics-csv.ts";
import { topicRoutes } from "./topic-routes.ts";
import { districtName, occupationGroupTitle, stateName } from "../../shared/reference/regions.ts";
import type { Deps } from "../../shared/runtime.ts";
import { runtimeSecret } from "../../shared/runtime-secret.ts";

const handle = handlerFor(STATISTICS_ROUTES);

const labels = { district: districtName, state: stateName, group: occupationGroupTitle };

export function statisticsRoutes(deps: Deps): Record<string, RouteHandler> {
  // The cell keys' per-deployment secret (README "Protection"); it must never change.
  // Read at run time from Secrets Manager on Lambda, once per container (shared/runtime-secret.ts).
  const context = async (): Promise<ReportContext> => ({
    labels,
    secret: await runtimeSecret("STATISTICS_KEY_SECRET"),
  });
  return {
    ...topicRoutes(deps),
    "GET /statistics/targets": handle("GET /statistics/targets", async (req) => {
      const targets = parseTargets(process.env.STATISTICS_TARGETS);
      return json(200, await statisticsTargets(deps, req.principal, targets, await context()));
    }),

    "GET /statistics/demand": handle("GET /statistics/demand", async ({ principal, query }) =>
      json(200, await demandReport(deps, principal, query, (await context()).secret)),
    ),

    "GET /statistics/employers": handle("GET /statistics/employers", async (req) => {
      const { secret } = await context();
      const report = await employerStatistics(deps, req.principal, req.query, {
        label: employerLabel,
        secret,
      });
      const csv = req.query.format === "csv" || (req.header("accept") ?? "").includes("text/csv");
      return csv ? employerStatisticsCsv(report) : json(200, report);
    }),

    "GET /statistics/participants": handle("GET /statistics/participants", async (req) => {
      const { format, ...query } = req.query;
      const report = await participantReport(deps, req.principal, query, await context());
      const csv =
        format === "csv" || (format === undefined && (req.header("accept") ?? "").includes("text/csv"));
      return csv ? participantCsv(report) : json(200, report);
    }),

    "GET /statistics": handle("GET /statistics", async (req) => {
      const report = await statisticsReport(deps, req.principal, req.query, await context());
      if ((req.header("accept") ?? "").includes("text/csv")) return statisticsCsv(report);
      // no-store (shared/http/security-headers.ts): the figures depend on who asks and on Accept.
      return json(200, report);
    }),
  };
}
