import { kldbGroup } from "../domain/kldb.ts";
import type { ListingKind } from "../domain/listing.ts";
import { type CandidateProfile, type Match, rankMatches } from "../domain/matching.ts";
import { regulatedProfession } from "../reference/regulated-professions.ts";
import type { Deps } from "../runtime.ts";
import { readMatchEntries } from "../db/match-index.ts";
import { helpForEmpty, type MatchHelp } from "./match-help.ts";
import { completePage } from "./match-page.ts";

export interface MatchResult {
  offers: Match[];
  places: Match[];
  /** Only when an asked-for list is empty (match-help.ts). */
  beyond?: MatchHelp["beyond"];
  suggestions?: MatchHelp["suggestions"];
  /** What the read cost, for logs and the benchmark. */
  stats: { requests: number; itemsRead: number; candidates: number };
}

/**
 * Reads the candidate's Berufsgruppe around them and ranks offers and places separately; when
 * a list comes back empty, adds the help for it (two more Queries). The shown items are then
 * read in full with their organisations' names (one BatchGet, match-page.ts).
 */
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
          regulatedProfession,
        )
      : [];
  const offers = rank("offer");
  const places = rank("place");
  const stats = {
    requests: read.requests,
    itemsRead: read.itemsRead,
    candidates: offers.length + places.length,
  };
  const empty = options.kinds.filter((kind) => (kind === "offer" ? offers : places).length === 0);
  const result = { offers: offers.slice(0, options.limit), places: places.slice(0, options.limit), stats };
  if (!empty.length) return complete(deps, result);
  const help = await helpForEmpty(deps, {
    profile,
    entries: read.entries,
    empty,
    today,
    professionOf: regulatedProfession,
  });
  stats.requests += help.requests;
  stats.itemsRead += help.itemsRead;
  return complete(deps, { ...result, beyond: help.beyond, suggestions: help.suggestions });
}

async function complete(deps: Deps, result: MatchResult): Promise<MatchResult> {
  const { lists, requests } = await completePage(deps, result);
  lists.stats.requests += requests;
  return lists;
}
