import { kldbGroup } from "../domain/kldb.ts";
import type { ListingKind } from "../domain/listing.ts";
import { type CandidateProfile, type Match, rankMatches } from "../domain/matching.ts";
import type { Deps } from "../runtime.ts";
import { readMatchEntries } from "../db/match-index.ts";

export interface MatchResult {
  offers: Match[];
  places: Match[];
  /** What the read cost, for logs and the benchmark. */
  stats: { requests: number; itemsRead: number; candidates: number };
}

/** Reads the candidate's Berufsgruppe around them and ranks offers and places separately. */
export async function findMatches(
  deps: Deps,
  profile: CandidateProfile,
  options: { kinds: ListingKind[]; limit: number },
): Promise<MatchResult> {
  const read = await readMatchEntries(deps, {
    group: kldbGroup(profile.occupation),
    center: profile.point,
    radiusKm: profile.radiusKm,
    kinds: options.kinds,
  });
  const today = deps.clock().toISOString().slice(0, 10);
  const rank = (kind: ListingKind) =>
    options.kinds.includes(kind)
      ? rankMatches(
          profile,
          read.entries.filter((e) => e.kind === kind),
          today,
        )
      : [];
  const offers = rank("offer");
  const places = rank("place");
  return {
    offers: offers.slice(0, options.limit),
    places: places.slice(0, options.limit),
    stats: { requests: read.requests, itemsRead: read.itemsRead, candidates: offers.length + places.length },
  };
}
