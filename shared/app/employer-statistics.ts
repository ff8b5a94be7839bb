import { readEmployerEvents } from "../db/employer-events-read.ts";
import { exactFigures, type FigureCells, figureCells, protectedFigures } from "../domain/employer-figures.ts";
import type { EmployerGroupBy } from "../vocabulary/employer-figures.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { addMonths, monthsBetween, networkPeriod } from "../domain/statistics-period.ts";
import type { Deps } from "../runtime.ts";
import type { EmployerStatisticsReport } from "../schemas/employer-statistics.ts";

/** A row's label by the grouping and its key (districts from the reference data, code lists in German). */
export type EmployerLabels = (by: EmployerGroupBy, key: string) => string;

function tableOf(
  cells: FigureCells,
  figures: (units: FigureCells["totals"]) => EmployerStatisticsReport["totals"],
  by: EmployerGroupBy,
  label: EmployerLabels,
) {
  const rows = [...cells.rows]
    .map(([key, units]) => ({ key, label: label(by, key), ...figures(units) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { rows, totals: figures(cells.totals) };
}

/**
 * GET /statistics/employers: the network's figures (rounded by cell key; as of the last closed
 * month, without what was recorded later, for everyone but admins) and the caller's own
 * organisation's, exact and current (`own`; admins get the network current instead).
 */
export async function employerStatistics(
  deps: Deps,
  principal: Principal,
  query: { from?: string | undefined; to?: string | undefined; by: EmployerGroupBy },
  { label, secret }: { label: EmployerLabels; secret: string },
): Promise<EmployerStatisticsReport> {
  const now = deps.clock().toISOString().slice(0, 7);
  const to = query.to ?? now;
  const from = query.from ?? addMonths(to, -11);
  const months = monthsBetween(from, to);
  const admin = hasRole(principal, "admin");
  const period = networkPeriod(months, now, admin);
  const [network, own] = await Promise.all([
    readEmployerEvents(deps, period.months),
    admin ? undefined : readEmployerEvents(deps, months, principal.org),
  ]);
  // Events recorded after the last closed month (dated back into it) wait until their month closes.
  const shown = admin ? network : network.filter((e) => e.recordedMonth <= period.asOf);
  const report = tableOf(figureCells(shown, query.by), (u) => protectedFigures(u, secret), query.by, label);
  return {
    from,
    to,
    by: query.by,
    scope: "network",
    asOf: period.asOf,
    ...report,
    ...(own ? { own: tableOf(figureCells(own, query.by), exactFigures, query.by, label) } : {}),
  };
}
