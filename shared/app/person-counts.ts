import { participantCounterActions } from "../db/participant-counters.ts";
import { personCountedAction, readPersonCounted } from "../db/person-counted.ts";
import type { TransactItem } from "../db/transact.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { byMonth, type MilestoneFacts, newCounts } from "../domain/participant-counts.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";

/**
 * The actions that count what a write makes true for the person for the first time
 * (shared/domain/participant-counts.ts), to join that write's transaction: the marker, moved on
 * only from the version read, and the counters. All of a person's figures count where they
 * entered: the district and Berufsgruppe the marker took at the first count.
 */
export async function personCountActions(
  deps: Deps,
  candidate: Candidate,
  recordedAt: string,
  milestone?: MilestoneFacts,
): Promise<TransactItem[]> {
  const previous = await readPersonCounted(deps, candidate.id);
  const counts = newCounts(candidate, new Set(previous?.figures), milestone);
  if (!counts.length) return [];
  const cell = previous ?? {
    district: candidate.location.district.code,
    group: kldbGroup(candidate.occupation),
  };
  const at = { district: cell.district, group: cell.group };
  return [
    personCountedAction(
      deps,
      candidate.id,
      previous,
      at,
      counts.map((c) => c.figure),
      candidate.expiresAt,
    ),
    ...participantCounterActions(deps, { org: candidate.org, ...at }, byMonth(counts), recordedAt),
  ];
}
