import { listingRepository } from "../db/listing-repository.ts";
import { organisationNames } from "../db/organisation-names.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { StoredReferral } from "../db/referral-repository.ts";
import type { Listing } from "../domain/listing.ts";
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
>;

/** Whoever proposed the referral (the `by` of its first history entry). */
const proposerOf = (r: ReferralHead) => r.history.find((h) => h.status === "proposed")?.by;

/**
 * The extras of a page of referrals for one side: one BatchGet of the organisations' names, and
 * for accepted referrals only — the hand-off — one read per distinct place/offer (coach side) or
 * per distinct proposing coach's profile (employer/provider side). Nothing of the other side's
 * people is read before acceptance.
 */
export async function referralExtras(
  deps: Deps,
  side: "coach" | "partner",
  page: ReferralHead[],
): Promise<(r: ReferralHead) => ReferralExtras> {
  const accepted = page.filter((r) => r.status === "accepted");
  const names = organisationNames(
    deps,
    page.flatMap((r) => [targetOf(r).org, r.org]),
  );
  const contacts = new Map<string, Promise<WorkContact>>();
  const listings = {
    place: listingRepository<Listing>(deps, "place"),
    offer: listingRepository<Listing>(deps, "offer"),
  };
  const profiles = profileRepository(deps);
  for (const r of accepted) {
    if (side === "coach") {
      const t = targetOf(r);
      const key = `${t.kind}#${t.id}`;
      if (!contacts.has(key))
        contacts.set(
          key,
          listings[t.kind].get(t.id).then((l) => contactOf(l?.contact)),
        );
    } else {
      const sub = proposerOf(r);
      if (sub !== undefined && !contacts.has(sub))
        contacts.set(
          sub,
          profiles.get(sub).then((p) => contactOf(p)),
        );
    }
  }
  const [byOrg, resolved] = await Promise.all([
    names,
    Promise.all([...contacts].map(async ([key, contact]) => [key, await contact] as const)),
  ]);
  const contactBy = new Map(resolved);
  return (r) => {
    const t = targetOf(r);
    const itemOrgName = byOrg.get(t.org);
    const orgName = byOrg.get(r.org);
    const extras: ReferralExtras = {
      ...(itemOrgName !== undefined ? { itemOrgName } : {}),
      ...(orgName !== undefined ? { orgName } : {}),
    };
    if (r.status !== "accepted") return extras;
    if (side === "coach") {
      const contact = contactBy.get(`${t.kind}#${t.id}`);
      return contact ? { ...extras, contact } : extras;
    }
    const sub = proposerOf(r);
    const coach = sub === undefined ? undefined : contactBy.get(sub);
    return coach ? { ...extras, coach } : extras;
  };
}
