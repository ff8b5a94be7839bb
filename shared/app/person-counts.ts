import { participantCounterActions } from "../db/participant-counters.ts";
import { personCountedAction, readPersonCounted } from "../db/person-counted.ts";
import type { TransactItem } from "../db/transact.ts";
import { kldbGroup } from "../domain/kldb.ts";
import {
  activeCell,
  byMonth,
  type CountedCell,
  ERASED_WITHOUT_EXIT,
  type MilestoneFacts,
  newCounts,
} from "../domain/participant-counts.ts";
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
): Promise<{ actions: TransactItem[]; countedActive?: CountedCell }> {
  const previous = await readPersonCounted(deps, candidate.id);
  const counts = newCounts(candidate, new Set(previous?.figures), milestone);
  const cell = previous ?? {
    district: candidate.location.district.code,
    group: kldbGroup(candidate.occupation),
  };
  const at = { district: cell.district, group: cell.group };
  // What the candidate's item carries after this write: where the person counts as active, if they do.
  const countedActive = activeCell([...(previous?.figures ?? []), ...counts.map((c) => c.figure)], at);
  if (!counts.length) return { actions: [], countedActive };
  const actions = [
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
  return { actions, countedActive };
}

/** Where the person counts as active by their marker (an item that carries no cell: saved before it did). */
export async function markedActiveCell(deps: Deps, candidateId: string): Promise<CountedCell | undefined> {
  const marker = await readPersonCounted(deps, candidateId);
  return marker && activeCell(marker.figures, marker);
}

/**
 * A person erased while counted as active (no exit ever): out of `active` from the month of the
 * erasure on, as `erasedWithoutExit` in the cell they count in. The caller makes it happen once
 * (candidate-repository.ts `markErasing`, expiry-completion.ts).
 */
export const countOutActions = (deps: Deps, org: string, cell: CountedCell, erasedAt: string) =>
  participantCounterActions(
    deps,
    { org, ...cell },
    new Map([[erasedAt.slice(0, 7), [ERASED_WITHOUT_EXIT]]]),
    erasedAt,
  );
