import { readAlerts } from "../db/alert-index.ts";
import { listingKey } from "../db/keys.ts";
import { toMatchEntry } from "../db/match-index.ts";
import { profileRepository } from "../db/profile-repository.ts";
import { withoutKeys } from "../db/query-page.ts";
import { type AlertEntry, alertFits, byCoach, isNewTo } from "../domain/alerts.ts";
import { kldbGroups } from "../domain/kldb.ts";
import { isMatchable, type Listing, type ListingKind } from "../domain/listing.ts";
import { regulatedProfession } from "../reference/regulated-professions.ts";
import type { Deps } from "../runtime.ts";
import { deliverNotices, type NoticeDraft, recipientsOfOrg } from "./notices.ts";
import type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

const KINDS: Record<string, ListingKind> = {
  [listingKey("place", "").SK]: "place",
  [listingKey("offer", "").SK]: "offer",
};
const kindOf = (item: TableItem | undefined) => (typeof item?.SK === "string" ? KINDS[item.SK] : undefined);
const listingOf = (item: TableItem) =>
  withoutKeys<Listing>(item, ["PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"]);

/** Published, or a full place with a seat again: the item entered the match index just now. */
export function becameMatchable(change: StreamChange): ListingKind | undefined {
  const kind = kindOf(change.newItem);
  if (!kind || !change.newItem || change.eventName === "REMOVE") return undefined;
  if (!isMatchable(kind, listingOf(change.newItem))) return undefined;
  const before = change.oldItem && kindOf(change.oldItem) === kind ? listingOf(change.oldItem) : undefined;
  return before && isMatchable(kind, before) ? undefined : kind;
}

/**
 * The saved candidates with alerts whose match the item now appears in and to whom it is new
 * (it became matchable, `updatedAt`, after their criteria were set), and what the reads cost.
 */
export async function candidatesForItem(deps: Deps, kind: ListingKind, listing: Listing) {
  // Ranking needs no shown item here: only whether the item makes the candidate's list.
  const entry = { ...toMatchEntry(kind, listing), item: { id: listing.id } };
  const reads = await Promise.all(
    kldbGroups(listing.occupations).map((group) => readAlerts(deps, { group, point: entry.point })),
  );
  const today = deps.clock().toISOString().slice(0, 10);
  const seen = new Set<string>();
  const fits: AlertEntry[] = [];
  for (const alert of reads.flatMap((r) => r.alerts)) {
    if (seen.has(alert.candidateId)) continue;
    seen.add(alert.candidateId);
    if (isNewTo(alert, listing.updatedAt) && alertFits(alert, entry, today, regulatedProfession))
      fits.push(alert);
  }
  return {
    fits,
    requests: reads.reduce((n, r) => n + r.requests, 0),
    itemsRead: reads.reduce((n, r) => n + r.itemsRead, 0),
  };
}

/** How many coaches' recipients are looked up at once (an online offer may concern hundreds). */
const IN_FLIGHT = 8;

/**
 * The coach who saved the candidates, while their profile is there (or they never saved one and
 * their organisation has no coach who did); otherwise that organisation's coaches — as for
 * referral answers (referral-coach-notices.ts). Each organisation's coaches are listed once.
 */
function recipientFinder(deps: Deps) {
  const profiles = profileRepository(deps);
  const coachesOf = new Map<string, Promise<string[]>>();
  const orgCoaches = (org: string) => {
    const found =
      coachesOf.get(org) ?? recipientsOfOrg(deps, org, "coach").then((cs) => cs.map((c) => c.sub));
    coachesOf.set(org, found);
    return found;
  };
  return async (org: string, coach: string | undefined): Promise<string[]> => {
    const profile = coach ? await profiles.get(coach) : undefined;
    if (profile && profile.org === org) return [profile.sub];
    const coaches = await orgCoaches(org);
    return coaches.length > 0 ? coaches : coach ? [coach] : [];
  };
}

const quoted = (title: string) => `„${title.length > 80 ? `${title.slice(0, 79)}…` : title}“`;
const CANDIDATES_LINK = "/beratung/kandidaten";

/** One notice per coach and item, however many of their candidates it fits; no personal data. */
export async function newMatchDrafts(
  deps: Deps,
  eventId: string,
  kind: ListingKind,
  listing: Listing,
  fits: readonly AlertEntry[],
): Promise<NoticeDraft[]> {
  const what = kind === "offer" ? "Neues Qualifizierungsangebot" : "Neuer Mentoringplatz";
  const recipientsFor = recipientFinder(deps);
  const groups = byCoach(fits);
  const byRecipient = new Map<string, { org: string; candidateIds: Set<string> }>();
  for (let i = 0; i < groups.length; i += IN_FLIGHT) {
    const chunk = groups.slice(i, i + IN_FLIGHT);
    const found = await Promise.all(chunk.map((g) => recipientsFor(g.org, g.coach)));
    chunk.forEach((group, j) => {
      for (const recipient of found[j] ?? []) {
        const entry = byRecipient.get(recipient) ?? { org: group.org, candidateIds: new Set<string>() };
        group.candidateIds.forEach((id) => entry.candidateIds.add(id));
        byRecipient.set(recipient, entry);
      }
    });
  }
  return [...byRecipient].map(([recipient, { org, candidateIds }]) => {
    const [only] = candidateIds;
    const count = candidateIds.size;
    const whom =
      count === 1
        ? "einer Ihrer gespeicherten Kandidat:innen"
        : `${count} Ihrer gespeicherten Kandidat:innen`;
    return {
      eventId,
      recipient,
      org,
      type: "candidate.newMatches",
      text: `${what} ${quoted(listing.title)} passt zu ${whom}.`,
      link: count === 1 && only ? `${CANDIDATES_LINK}/${encodeURIComponent(only)}` : CANDIDATES_LINK,
      // Its link names the one candidate: erased with it.
      ...(count === 1 && only ? { candidateId: only } : {}),
    };
  });
}

/** candidate.newMatches when a listing is published or re-opened (a full place with a seat again). */
export const newMatchAlerts: StreamReaction = {
  name: "newMatchAlerts",
  handles: (change) => becameMatchable(change) !== undefined,
  async react(deps, change) {
    const kind = becameMatchable(change);
    if (!kind || !change.newItem) return;
    const listing = listingOf(change.newItem);
    const { fits } = await candidatesForItem(deps, kind, listing);
    if (fits.length)
      await deliverNotices(deps, await newMatchDrafts(deps, change.eventId, kind, listing, fits));
  },
};
