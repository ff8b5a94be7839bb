import { countMatchSearch } from "../db/statistics-counters.ts";
import type { ListingKind } from "../domain/listing.ts";
import type { CandidateProfile } from "../domain/matching.ts";
import type { Principal } from "../domain/principal.ts";
import { recordMatch } from "../observability/metrics.ts";
import type { Deps } from "../runtime.ts";
import type { Location } from "../schemas/common.ts";
import type { RecognitionStatus } from "../schemas/recognition.ts";
import { findMatches, type MatchResult } from "./find-matches.ts";
import { searchCell } from "./search-cell.ts";

/** Where a use case reports what went wrong without failing the request. */
export interface Warnings {
  warn(message: string, fields?: Record<string, unknown>): void;
}

/**
 * A coach's search: the ranked matches, then the search counted for the statistics. The count is
 * a side matter: when its write fails the coach still gets the matches, and the failure is logged
 * with a CloudWatch metric (embedded metric format) — without anything about the candidate.
 */
export async function searchMatches(
  deps: Deps,
  log: Warnings,
  search: {
    principal: Principal | undefined;
    profile: CandidateProfile & { location: Location; recognition?: { status: RecognitionStatus } };
    kinds: ListingKind[];
    limit: number;
  },
): Promise<MatchResult> {
  const { principal, profile } = search;
  // Where the candidate lives decides which Land's recognition counts; their procedure's status ranks.
  const ranked: CandidateProfile = {
    ...profile,
    ...(profile.location.state.code ? { state: profile.location.state.code } : {}),
    ...(profile.recognition ? { recognitionStatus: profile.recognition.status } : {}),
  };
  const result = await findMatches(deps, ranked, { kinds: search.kinds, limit: search.limit });
  recordMatch(result.offers.length + result.places.length);
  try {
    const foundNothing = result.offers.length + result.places.length === 0;
    await countMatchSearch(
      deps,
      searchCell(principal, profile.occupation, profile.location, deps.clock()),
      foundNothing,
    );
  } catch (error) {
    log.warn("match search not counted", {
      error: error instanceof Error ? error.name : "unknown",
      _aws: {
        Timestamp: deps.clock().getTime(),
        CloudWatchMetrics: [
          {
            Namespace: "Passung",
            Dimensions: [[]],
            Metrics: [{ Name: "MatchSearchCountFailed", Unit: "Count" }],
          },
        ],
      },
      MatchSearchCountFailed: 1,
    });
  }
  return result;
}
