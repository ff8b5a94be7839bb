import { readFlows, readLateFlows, readStock } from "../db/statistics-read.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { addMonths, monthsBetween, networkPeriod, withoutLate } from "../domain/statistics-period.ts";
import { buildReport, type GroupBy, type Labels } from "../domain/statistics-report.ts";
import { shareOf, type Target } from "../domain/statistics-targets.ts";
import type { Deps } from "../runtime.ts";

/** What every figure needs besides the counters: the labels of rows and the cell keys' secret. */
export interface ReportContext {
  labels: Labels;
  secret: string;
}

const currentMonth = (deps: Deps) => deps.clock().toISOString().slice(0, 7);

/**
 * The network's flows the caller may read (shared/domain/statistics-period.ts): admins the
 * current ones; everyone else those of closed months, without what was dated back into them
 * while the current month is open.
 */
async function networkFlows(deps: Deps, months: string[], admin: boolean) {
  const now = currentMonth(deps);
  const period = networkPeriod(months, now, admin);
  const [flows, late] = await Promise.all([
    readFlows(deps, period.months),
    admin ? [] : readLateFlows(deps, now),
  ]);
  return { asOf: period.asOf, flows: withoutLate(flows, late) };
}

/**
 * GET /statistics: the network's figures (people rounded by cell key; as of the last closed month
 * for non-admins, who read no count of seats taken either — accepting and withdrawing moves it
 * now) and, for non-admins, their own organisation's figures exactly (`own`).
 */
export async function statisticsReport(
  deps: Deps,
  principal: Principal,
  query: { from?: string; to?: string; by: GroupBy },
  { labels, secret }: ReportContext,
) {
  const to = query.to ?? currentMonth(deps);
  // Default: the twelve months up to `to`.
  const from = query.from ?? addMonths(to, -11);
  const months = monthsBetween(from, to);
  const admin = hasRole(principal, "admin");
  const [stock, network, own] = await Promise.all([
    readStock(deps),
    networkFlows(deps, months, admin),
    // The caller's own organisation: exact and current.
    admin ? undefined : readFlows(deps, months, principal.org),
  ]);
  const report = buildReport({ stock, flows: network.flows, by: query.by, labels, secret });
  const shown = admin ? report : withoutSeatsTaken(report);
  const ownReport = own && buildReport({ flows: own, by: query.by, labels, exact: true });
  return {
    from,
    to,
    by: query.by,
    scope: "network" as const,
    asOf: network.asOf,
    ...shown,
    ...(ownReport ? { own: { rows: ownReport.rows, totals: ownReport.totals } } : {}),
  };
}

type Report = ReturnType<typeof buildReport>;
function withoutSeatsTaken(report: Report): Report {
  return {
    ...report,
    rows: report.rows.map((r) => ({ ...r, seatsTaken: null })),
    totals: { ...report.totals, seatsTaken: null },
  };
}

/**
 * GET /statistics/targets: the network's progress towards each target (rounded; as of the last
 * closed month for non-admins) and the caller's own organisation's exact share (`own`).
 */
export async function statisticsTargets(
  deps: Deps,
  principal: Principal,
  targets: Target[],
  { labels, secret }: ReportContext,
) {
  const admin = hasRole(principal, "admin");
  const now = currentMonth(deps);
  const results = await Promise.all(
    targets.map(async (t) => {
      // Months to come hold nothing yet (no milestone is dated ahead): a 2026–2028 target reads ~11, not 36.
      const months = monthsBetween(t.from, t.to).filter((m) => m <= now);
      const [network, own] = await Promise.all([
        networkFlows(deps, months, admin),
        admin ? undefined : readFlows(deps, months, principal.org),
      ]);
      // Network-wide: the promise is the network's; the total is rounded like every count of people.
      const reached = buildReport({ flows: network.flows, by: "month", labels, secret }).totals[t.figure];
      const ownReached =
        own && buildReport({ flows: own, by: "month", labels, exact: true }).totals[t.figure];
      return { ...t, reached, share: shareOf(reached, t.target), ...(own ? { own: ownReached } : {}) };
    }),
  );
  return { asOf: networkPeriod([], now, admin).asOf, targets: results };
}
