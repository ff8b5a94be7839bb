import { readDemand } from "../db/demand-counters.ts";
import { buildDemandReport, type DemandBy } from "../domain/demand-report.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { addMonths, monthsBetween, networkPeriod } from "../domain/statistics-period.ts";
import { districtName, occupationGroupTitle } from "../reference/regions.ts";
import type { Deps } from "../runtime.ts";

/**
 * Unmet demand for the network: what saved plans left uncovered, by topic or district. Counts of
 * people, so rounded by cell key (demand-report.ts), and like every network figure read as of the
 * last closed month by everyone but admins (statistics-period.ts): saving a plan and reading again
 * cannot pin a count. A plan counts in the month it is saved, so nothing is dated back.
 */
export async function demandReport(
  deps: Deps,
  principal: Principal,
  query: {
    by: DemandBy;
    from?: string | undefined;
    to?: string | undefined;
    occupation?: string | undefined;
  },
  secret: string,
) {
  const current = deps.clock().toISOString().slice(0, 7);
  const admin = hasRole(principal, "admin");
  const to = query.to ?? (admin ? current : addMonths(current, -1));
  const from = query.from ?? addMonths(to, -11);
  const period = networkPeriod(monthsBetween(from, to), current, admin);
  const report = buildDemandReport({
    cells: await readDemand(deps, period.months),
    by: query.by,
    labels: { district: districtName, group: occupationGroupTitle },
    secret,
    ...(query.occupation ? { group: query.occupation } : {}),
  });
  return { from, to, by: query.by, asOf: period.asOf, scope: "network" as const, ...report };
}
