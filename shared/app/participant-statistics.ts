import { readLateParticipantCells, readParticipantCells } from "../db/participant-counters.ts";
import { buildParticipantReport } from "../domain/participant-report.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { addMonths, monthsBetween, networkPeriod, withoutLate } from "../domain/statistics-period.ts";
import type { Deps } from "../runtime.ts";
import type { ParticipantGroupBy } from "../schemas/participant-statistics.ts";
import type { ReportContext } from "./statistics.ts";

/**
 * GET /statistics/participants: people, not events (shared/domain/participant-counts.ts). The
 * network's figures rounded by cell key — for non-admins as of the last closed month and without
 * what was dated back into it while this month is open — and the caller's own organisation's
 * exactly and currently (`own`). Reads the counters only: two or three queries, never a candidate.
 */
export async function participantReport(
  deps: Deps,
  principal: Principal,
  query: { from?: string; to?: string; by: ParticipantGroupBy },
  { labels, secret }: ReportContext,
) {
  const now = deps.clock().toISOString().slice(0, 7);
  const to = query.to ?? now;
  const from = query.from ?? addMonths(to, -11);
  monthsBetween(from, to);
  const admin = hasRole(principal, "admin");
  const { asOf } = networkPeriod([], now, admin);
  const networkEnd = to < asOf ? to : asOf;
  const [network, late, own] = await Promise.all([
    readParticipantCells(deps, networkEnd),
    admin ? [] : readLateParticipantCells(deps, now),
    admin ? undefined : readParticipantCells(deps, to, principal.org),
  ]);
  const shared = { from, to, by: query.by, labels };
  const report = buildParticipantReport({ ...shared, cells: withoutLate(network, late), secret });
  const ownReport = own && buildParticipantReport({ ...shared, cells: own, exact: true });
  return {
    from,
    to,
    by: query.by,
    scope: "network" as const,
    asOf,
    ...report,
    ...(ownReport ? { own: ownReport } : {}),
  };
}
