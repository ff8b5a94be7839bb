import type { Deps } from "../runtime.ts";
import { deliverNotices, type NoticeDraft, recipientsOfOrg } from "./notices.ts";
import { answerDrafts, placeGoneDrafts } from "./referral-coach-notices.ts";
import { factsOf, isReferral, quoted, type ReferralFacts } from "./referral-notice-facts.ts";
import type { StreamChange, StreamReaction } from "./stream-changes.ts";

const PARTNER_LINK = { place: "/betrieb/vorschlaege", offer: "/traeger/vorschlaege" } as const;
/** Where a counselling organisation answers referrals to the places it keeps for employers. */
const ON_BEHALF_LINK = "/beratung/arbeitgeber";
const partnerLink = (r: ReferralFacts) => (r.onBehalf ? ON_BEHALF_LINK : PARTNER_LINK[r.kind]);

/** referral.proposed to every member of the place's or offer's organisation. */
async function proposedDrafts(deps: Deps, eventId: string, r: ReferralFacts): Promise<NoticeDraft[]> {
  const what = r.kind === "offer" ? `Ihr Qualifizierungsangebot` : `Ihren Mentoringplatz`;
  const text = `Neuer Vorschlag für ${what} ${quoted(r.itemTitle)}: bitte prüfen und annehmen oder ablehnen.`;
  const members = await recipientsOfOrg(deps, r.itemOrg);
  return members.map((m) => ({
    eventId,
    recipient: m.sub,
    org: r.itemOrg,
    type: "referral.proposed",
    text,
    link: partnerLink(r),
  }));
}

/**
 * referral.withdrawn to the place's or offer's organisation, which had seen the referral: the
 * coach withdrew it, its candidate was erased, or its retention ran out. Nothing about the person.
 */
async function withdrawnDrafts(
  deps: Deps,
  eventId: string,
  r: ReferralFacts,
  was: string,
): Promise<NoticeDraft[]> {
  const what = r.kind === "offer" ? `Ihr Qualifizierungsangebot` : `Ihren Mentoringplatz`;
  const text =
    was === "accepted"
      ? `Eine angenommene Vermittlung für ${what} ${quoted(r.itemTitle)} wurde zurückgezogen; der Platz ist wieder frei.`
      : `Ein Vorschlag für ${what} ${quoted(r.itemTitle)} wurde zurückgezogen.`;
  const members = await recipientsOfOrg(deps, r.itemOrg);
  return members.map((m) => ({
    eventId,
    recipient: m.sub,
    org: r.itemOrg,
    type: "referral.withdrawn",
    text,
    link: partnerLink(r),
  }));
}

const ANSWERS = new Set(["accepted", "declined"]);
const OPEN = new Set(["proposed", "accepted"]);

/** Which notices a referral change sets off (none for most changes). */
export async function referralNoticeDrafts(deps: Deps, change: StreamChange): Promise<NoticeDraft[]> {
  // Gone while open: its retention ran out (an erasure withdraws first, so its removals are closed).
  if (change.eventName === "REMOVE" && change.oldItem && isReferral(change.oldItem)) {
    const gone = factsOf(change.oldItem);
    return OPEN.has(gone.status) ? withdrawnDrafts(deps, change.eventId, gone, gone.status) : [];
  }
  if (!change.newItem || !isReferral(change.newItem)) return [];
  const next = factsOf(change.newItem);
  if (change.eventName === "INSERT")
    return next.status === "proposed" ? proposedDrafts(deps, change.eventId, next) : [];
  const before = change.oldItem && isReferral(change.oldItem) ? factsOf(change.oldItem).status : undefined;
  if (change.eventName === "MODIFY" && before !== next.status && ANSWERS.has(next.status))
    return answerDrafts(deps, change.eventId, next);
  if (change.eventName === "MODIFY" && before && OPEN.has(before) && next.status === "withdrawn")
    return next.onBehalf && next.lastRole === "employer"
      ? placeGoneDrafts(deps, change.eventId, next)
      : withdrawnDrafts(deps, change.eventId, next, before);
  return [];
}

/**
 * Referral proposed → its place's/offer's organisation; answered → the proposing coach; withdrawn
 * (or gone while open) → the place's/offer's organisation.
 */
export const referralNotices: StreamReaction = {
  name: "referralNotices",
  handles: (change) =>
    change.eventName === "REMOVE" ? isReferral(change.oldItem) : isReferral(change.newItem),
  async react(deps, change) {
    await deliverNotices(deps, await referralNoticeDrafts(deps, change));
  },
};
