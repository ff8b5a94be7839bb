import { referral, referralInput, referralQuery, referralView } from "../../schemas/referral.ts";
import { listOf } from "./list-of.ts";

const base = { group: "referrals", auth: "required" as const };
// The referral decides between 403 (wrong side) and 404 (not yours): every side gets through to it.
const act = { ...base, admits: ["coach", "employer", "admin"] as const };
// The employer gets the pseudonymous view, an admin the full one.
const decide = { ...act, roles: ["employer", "admin"] as const, response: referralView };

/** A coach proposes a candidate to a mentoring place; the employer accepts or declines. */
export const REFERRAL_ROUTES = [
  {
    method: "POST",
    path: "/referrals",
    ...base,
    roles: ["coach", "admin"],
    summary: "Propose a candidate to a mentoring place",
    body: referralInput,
    response: referral,
    status: 201,
  },
  {
    method: "GET",
    path: "/referrals",
    ...base,
    roles: ["coach", "employer", "admin"],
    summary: "Own organisation's referrals (coach) or those to own places (employer, pseudonymous)",
    query: referralQuery,
    response: listOf(referralView),
  },
  { method: "POST", path: "/referrals/{id}/accept", ...decide, summary: "Accept (takes a seat)" },
  { method: "POST", path: "/referrals/{id}/decline", ...decide, summary: "Decline" },
  {
    method: "POST",
    path: "/referrals/{id}/withdraw",
    ...act,
    roles: ["coach", "admin"],
    response: referral,
    summary: "Withdraw (frees an accepted seat)",
  },
] as const;
