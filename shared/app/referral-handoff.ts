import { readContactSharing } from "../db/candidate-read.ts";
import { pageItemKey, readPageItems } from "../db/page-items.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { StoredReferral } from "../db/referral-repository.ts";
import { targetOf } from "../domain/referral-target.ts";
import type { Deps } from "../runtime.ts";

/** A work contact as the hand-off shows it; a part nobody saved is left out. */
export interface WorkContact {
  name?: string;
  email?: string;
  phone?: string;
}

/** What an answer joins to a stored referral: names, and the other side's people once accepted. */
export interface ReferralExtras {
  /** The place's or offer's organisation. */
  itemOrgName?: string;
  /** The referring (coach) organisation. */
  orgName?: string;
  /** For the coach: the place's or offer's contact. */
  contact?: WorkContact;
  /** For the coach: whether the candidate allowed their contact to be passed on (consent). */
  contactSharingAllowed?: boolean;
  /** For the employer or provider: the proposing coach's /me contact. */
  coach?: WorkContact;
}

const contactOf = (c: { name?: string; email?: string; phone?: string } | undefined): WorkContact => ({
  ...(c?.name ? { name: c.name } : {}),
  ...(c?.email ? { email: c.email } : {}),
  ...(c?.phone ? { phone: c.phone } : {}),
});

/** What the extras are looked up by: both organisations, the target, the status and who proposed. */
export type ReferralHead = Pick<
  StoredReferral,
  "org" | "status" | "history" | "placeId" | "placeOrg" | "offerId" | "offerOrg"
> & { candidateId?: string };

/** Whoever proposed the referral (the `by` of its first history entry). */
const proposerOf = (r: ReferralHead) => r.history.find((h) => h.status === "proposed")?.by;

/**
 * The extras of a page of referrals for one side: one BatchGet of the organisations' names together
 * with — coach side, accepted referrals only — their places and offers (page-items.ts) and whether
 * each candidate allowed their contact to be passed on (one Get each); employer or
 * provider side: one read per distinct proposing coach's profile of an accepted referral. Nothing of
 * the other side's people is read before acceptance.
 */
export async function referralExtras(
  deps: Deps,
  side: "coach" | "partner",
  page: ReferralHead[],
): Promise<(r: ReferralHead) => ReferralExtras> {
  const accepted = page.filter((r) => r.status === "accepted");
  const targets = side === "coach" ? accepted.map(targetOf) : [];
  const orgs = page.flatMap((r) => [targetOf(r).org, r.org]);
  const subs = side === "partner" ? [...new Set(accepted.flatMap((r) => proposerOf(r) ?? []))] : [];
  const profiles = profileRepository(deps);
  const candidates = side === "coach" ? accepted.flatMap((r) => r.candidateId ?? []) : [];
  const [{ listings, names }, coaches, sharing] = await Promise.all([
    readPageItems(deps, targets, orgs),
    Promise.all(subs.map(async (sub) => [sub, contactOf(await profiles.get(sub))] as const)),
    readContactSharing(deps, candidates),
  ]);
  const coachBySub = new Map(coaches);
  return (r) => {
    const t = targetOf(r);
    const itemOrgName = names.get(t.org);
    const orgName = names.get(r.org);
    const extras: ReferralExtras = {
      ...(itemOrgName !== undefined ? { itemOrgName } : {}),
      ...(orgName !== undefined ? { orgName } : {}),
    };
    if (r.status !== "accepted") return extras;
    if (side === "coach") {
      const listing = listings.get(pageItemKey(t.kind, t.id));
      const contactSharingAllowed = sharing.get(r.candidateId ?? "") ?? false;
      return listing ? { ...extras, contact: contactOf(listing.contact), contactSharingAllowed } : extras;
    }
    const sub = proposerOf(r);
    const coach = sub === undefined ? undefined : coachBySub.get(sub);
    return coach ? { ...extras, coach } : extras;
  };
}
