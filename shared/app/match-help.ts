import { readNearEntries } from "../db/near-index.ts";
import { type IndexEntry, rankable } from "../db/match-index.ts";
import { readWide } from "../db/wide-read.ts";
import { matchPartition } from "../db/keys.ts";
import { kldbGroup } from "../domain/kldb.ts";
import type { ListingKind } from "../domain/listing.ts";
import { BEYOND_KM } from "../domain/match-assessment.ts";
import { beyondMatches, type CandidateProfile, type Match, type MatchEntry } from "../domain/matching.ts";
import type { ProfessionOf } from "../domain/regulation.ts";
import { suggestOccupations } from "../domain/suggestions.ts";
import { getOccupation } from "../reference/occupations.ts";
import type { Deps } from "../runtime.ts";

export interface MatchHelp {
  beyond: { offers: Match[]; places: Match[] };
  suggestions: Array<{ occupation: string; title: string; offers: number; places: number }>;
  requests: number;
  itemsRead: number;
}

/**
 * No dead end: when a list is empty, the nearest items of the Berufsgruppe up to 300 km (and
 * those inside the radius that lead to recognition only in another Land), and the other codes of
 * the Berufshauptgruppe with items inside the radius. Two Queries, read in parallel.
 */
export async function helpForEmpty(
  deps: Deps,
  input: {
    profile: CandidateProfile;
    /** What the match itself read (inside the radius): otherState items are among them. */
    entries: readonly MatchEntry[];
    empty: ListingKind[];
    today: string;
    professionOf: ProfessionOf;
  },
): Promise<MatchHelp> {
  const { profile, empty, today, professionOf } = input;
  const [wide, near] = await Promise.all([
    readWide(deps, {
      partition: matchPartition(kldbGroup(profile.occupation)),
      center: profile.point,
      radiusKm: BEYOND_KM,
      precision: 3,
      attribute: "entry",
    }),
    readNearEntries(deps, {
      main: profile.occupation.slice(0, 2),
      center: profile.point,
      radiusKm: profile.radiusKm,
    }),
  ]);
  const byId = new Map<string, MatchEntry>();
  for (const entry of [...input.entries, ...(wide.values as IndexEntry[]).map(rankable)])
    byId.set(`${entry.kind}#${entry.id}`, entry);
  const all = [...byId.values()];
  const beyond = (kind: ListingKind) =>
    empty.includes(kind)
      ? beyondMatches(
          profile,
          all.filter((e) => e.kind === kind),
          today,
          professionOf,
        )
      : [];
  return {
    beyond: { offers: beyond("offer"), places: beyond("place") },
    suggestions: suggestOccupations(profile, near.entries, professionOf).map((s) => ({
      occupation: s.occupation,
      title: getOccupation(s.occupation)?.title ?? s.occupation,
      offers: s.offers,
      places: s.places,
    })),
    requests: wide.requests + near.requests,
    itemsRead: wide.itemsRead + near.itemsRead,
  };
}
