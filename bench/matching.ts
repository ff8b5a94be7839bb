import { findMatches } from "../shared/app/find-matches.ts";
import type { Deps } from "../shared/runtime.ts";
import type { Candidate } from "./candidates.ts";
import { measured, type RequestCounter } from "./request-counter.ts";

/**
 * The indexed path as POST /matches runs it (findMatches: a few Queries on the match index, then
 * rankMatches), one match at a time so each one's requests and latency are its own.
 */
export const MATCH_OPTIONS = { kinds: ["offer", "place"] as const, limit: 20 };

export interface MatchRun {
  candidate: number;
  radiusKm: number;
  ms: number;
  /** Counted by the SDK middleware (every HTTP attempt) … */
  requests: number;
  scanned: number;
  /** … and as findMatches reports them (stats). */
  serviceRequests: number;
  itemsRead: number;
  /** DynamoDB response bytes (Content-Length) and read capacity units (ReturnConsumedCapacity). */
  bytes: number;
  readUnits: number;
  /** Ranked results before the result limit, and what the limit leaves. */
  returned: number;
  shown: number;
  /** An asked-for list was empty: itemsRead includes the help's reads (match-help.ts). */
  helped: boolean;
  offers: string[];
  places: string[];
  error?: string;
}

export const ids = (matches: ReadonlyArray<{ item: Record<string, unknown> }>) =>
  matches.map((m) => String(m.item.id));

export async function runMatch(
  deps: Deps,
  counter: RequestCounter,
  candidate: Candidate,
  index: number,
  radiusKm: number,
): Promise<MatchRun> {
  const base = { candidate: index, radiusKm };
  try {
    const run = await measured(counter, () =>
      findMatches(
        deps,
        { ...candidate.profile, radiusKm },
        { ...MATCH_OPTIONS, kinds: [...MATCH_OPTIONS.kinds] },
      ),
    );
    const { offers, places, stats, beyond, suggestions } = run.value;
    return {
      ...base,
      ms: run.ms,
      requests: run.requests,
      scanned: run.scanned,
      serviceRequests: stats.requests,
      itemsRead: stats.itemsRead,
      bytes: run.bytes,
      readUnits: run.readUnits,
      returned: stats.candidates,
      shown: offers.length + places.length,
      helped: beyond !== undefined || suggestions !== undefined,
      offers: ids(offers),
      places: ids(places),
    };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ...base,
      ms: 0,
      requests: 0,
      scanned: 0,
      serviceRequests: 0,
      itemsRead: 0,
      bytes: 0,
      readUnits: 0,
      returned: 0,
      shown: 0,
      helped: false,
      offers: [],
      places: [],
      error: message,
    };
  }
}

/** Every candidate at every radius, candidate by candidate (radii interleaved, so drift hits all alike). */
export async function runIndexed(
  deps: Deps,
  counter: RequestCounter,
  candidates: readonly Candidate[],
  radii: readonly number[],
  progress: (done: number, total: number) => void,
): Promise<MatchRun[]> {
  const runs: MatchRun[] = [];
  const total = candidates.length * radii.length;
  for (const [index, candidate] of candidates.entries()) {
    for (const radiusKm of radii) {
      runs.push(await runMatch(deps, counter, candidate, index, radiusKm));
      if (runs.length % 100 === 0 || runs.length === total) progress(runs.length, total);
    }
  }
  return runs;
}
