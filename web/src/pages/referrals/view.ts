import type { Referral } from "../../core/types.ts";
import type { handoffContact, referralForEmployer } from "../../../../shared/schemas/referral.ts";
import type * as z from "../../../../shared/schemas/z.ts";

/**
 * A referral goes either to a mentoring place (placeTitle) or to a qualification offer
 * (offerTitle). The coach's organisation reads `Referral`; the employer or provider the
 * pseudonymous `PartnerReferral`. The hand-off appears in either only once accepted.
 */
export type PartnerReferral = z.infer<typeof referralForEmployer>;
export type ReferralView = Referral | PartnerReferral;
export type Contact = z.infer<typeof handoffContact>;
export type { DeclineReason } from "../../../../shared/schemas/referral.ts";

export const isOffer = (r: ReferralView) => r.offerId !== undefined;

export const titleOf = (r: ReferralView) => r.offerTitle ?? r.placeTitle ?? "";

/** "Mentoringplatz" or "Qualifizierung", for lists where both kinds meet. */
export const kindOf = (r: ReferralView) => (isOffer(r) ? "Qualifizierung" : "Mentoringplatz");

/** Who answers the referral, in words: the employer of a place, the provider of an offer. */
export const answererOf = (r: ReferralView) => (isOffer(r) ? "Bildungsträger" : "Betrieb");
