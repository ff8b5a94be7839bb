import * as z from "../../schemas/z.ts";
import { referral, referralView } from "../../schemas/referral.ts";
import { declineInput, referralInput, referralQuery } from "../../schemas/referral-input.ts";
import { listOf } from "./list-of.ts";

const base = { group: "referrals", auth: "required" as const };
// The referral decides between 403 (wrong side) and 404 (not yours): every side gets through to it.
const act = { ...base, admits: ["coach", "employer", "provider", "admin"] as const };
// The employer or provider gets the pseudonymous view, an admin the full one.
const decide = { ...act, roles: ["employer", "provider", "admin"] as const, response: referralView };

/**
 * A coach proposes a candidate to a mentoring place or a qualification offer; the place's employer
 * or the offer's provider accepts (takes a seat, shows the hand-off) or declines with a reason.
 */
export const REFERRAL_ROUTES = [
  {
    method: "POST",
    path: "/referrals",
    ...base,
    roles: ["coach", "admin"],
    summary: "Propose a candidate to a mentoring place (placeId) or a qualification offer (offerId)",
    body: referralInput,
    response: referral,
    status: 201,
  },
  {
    method: "GET",
    path: "/referrals",
    ...base,
    roles: ["coach", "employer", "provider", "admin"],
    summary:
      "Own organisation's referrals (coach) or those to own places or offers (employer, provider: pseudonymous)",
    query: referralQuery,
    response: listOf(referralView),
  },
  {
    method: "GET",
    path: "/referrals/{id}",
    ...act,
    roles: ["coach", "employer", "provider", "admin"],
    response: referralView,
    summary:
      "One referral: the coach's view, or the employer's or provider's (pseudonymous, hand-off once accepted)",
  },
  {
    method: "POST",
    path: "/referrals/{id}/accept",
    ...decide,
    summary: "Accept (takes a seat; for an offer: enrolment confirmed)",
  },
  {
    method: "POST",
    path: "/referrals/{id}/decline",
    ...decide,
    body: z.optional(declineInput),
    summary: "Decline, with a reason",
  },
  {
    method: "POST",
    path: "/referrals/{id}/withdraw",
    ...base,
    admits: ["coach", "employer", "admin"],
    roles: ["coach", "admin"],
    response: referral,
    summary: "Withdraw (frees an accepted seat)",
  },
] as const;
