import type { ListingKind } from "./listing.ts";

/** What a referral points at: a mentoring place or a qualification offer, by kind. */
export interface ReferralTarget {
  kind: ListingKind;
  id: string;
  /** The place's employer or the offer's provider: who accepts or declines. */
  org: string;
  title: string;
}

interface TargetFields {
  placeId?: string | undefined;
  placeTitle?: string | undefined;
  placeOrg?: string | undefined;
  offerId?: string | undefined;
  offerTitle?: string | undefined;
  offerOrg?: string | undefined;
}

/** A referral stores its target under the kind's own field names (placeId… or offerId…). */
export function targetOf(r: TargetFields): ReferralTarget {
  if (r.offerId !== undefined) {
    return { kind: "offer", id: r.offerId, org: r.offerOrg ?? "", title: r.offerTitle ?? "" };
  }
  return { kind: "place", id: r.placeId ?? "", org: r.placeOrg ?? "", title: r.placeTitle ?? "" };
}

/** The fields a referral stores for its target. */
export function targetFields(t: ReferralTarget): TargetFields {
  return t.kind === "offer"
    ? { offerId: t.id, offerTitle: t.title, offerOrg: t.org }
    : { placeId: t.id, placeTitle: t.title, placeOrg: t.org };
}

/** German names of the target, for messages. */
export const TARGET_NAME: Record<ListingKind, string> = {
  place: "Mentoringplatz",
  offer: "Qualifizierungsangebot",
};
