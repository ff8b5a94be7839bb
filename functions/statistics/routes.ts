import { readCounters } from "../../shared/db/statistics-read.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { buildReport } from "../../shared/domain/statistics-report.ts";
import { parseTargets, shareOf } from "../../shared/domain/statistics-targets.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { hasRole } from "../../shared/http/principal.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { STATISTICS_ROUTES } from "../../shared/http/routes/statistics.ts";
import { statisticsCsv } from "../../shared/http/statistics-csv.ts";
import { districtName, occupationGroupTitle, stateName } from "../../shared/reference/regions.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(STATISTICS_ROUTES);

const MAX_MONTHS = 60;
const labels = { district: districtName, state: stateName, group: occupationGroupTitle };

const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthAt = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

/** The months from..to inclusive ("2026-01".."2026-03"), or a ValidationError. */
function monthsBetween(from: string, to: string): string[] {
  const count = index(to) - index(from) + 1;
  if (count < 1) throw new ValidationError([{ path: "query.to", message: "Ende liegt vor dem Beginn" }]);
  if (count > MAX_MONTHS)
    throw new ValidationError([{ path: "query.from", message: `Höchstens ${MAX_MONTHS} Monate` }]);
  return Array.from({ length: count }, (_, i) => monthAt(index(from) + i));
}

export function statisticsRoutes(deps: Deps): Record<string, RouteHandler> {
  // The cell keys' per-deployment secret (README "Protection"); it must never change.
  const secret = () => process.env.STATISTICS_KEY_SECRET ?? "";
  return {
    "GET /statistics/targets": handle("GET /statistics/targets", async () => {
      const targets = parseTargets(process.env.STATISTICS_TARGETS);
      const results = await Promise.all(
        targets.map(async (t) => {
          // Network-wide: the promise is the network's; the total is rounded like every count of people.
          const counters = await readCounters(deps, monthsBetween(t.from, t.to));
          const { totals } = buildReport({ ...counters, by: "month", labels, secret: secret() });
          const reached = totals[t.figure];
          return { ...t, reached, share: shareOf(reached, t.target) };
        }),
      );
      return json(200, { targets: results });
    }),

    "GET /statistics": handle("GET /statistics", async (req) => {
      const { principal } = req;
      const now = deps.clock().toISOString().slice(0, 7);
      const to = req.query.to ?? now;
      // Default: the twelve months up to `to`.
      const from = req.query.from ?? monthAt(index(to) - 11);
      const months = monthsBetween(from, to);
      // Coaches see their own organisation's referrals and searches, and the network's offers and places.
      const network = hasRole(principal, "admin");
      const counters = await readCounters(deps, months, network ? undefined : principal.org);
      const report = {
        from,
        to,
        by: req.query.by,
        scope: network ? "network" : "organisation",
        ...buildReport({ ...counters, by: req.query.by, labels, secret: secret() }),
      };
      if ((req.header("accept") ?? "").includes("text/csv")) return statisticsCsv(report);
      // no-store (shared/http/security-headers.ts): the figures depend on who asks and on Accept.
      return json(200, report);
    }),
  };
}
