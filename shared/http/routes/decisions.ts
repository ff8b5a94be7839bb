import { decisionAnswer, decisionInput, decisionLinkSent, decisionView } from "../../schemas/decision.ts";

const group = "decisions";

/**
 * Places kept on behalf of an employer (issue 29): the counselling organisation sends the
 * employer's contact a signed link (mail, 14 days, single use), and the contact decides on a page
 * without an account. The two /decisions routes are public: the token in the path is the
 * credential (shared/domain/decision-token.ts), and they are throttled (infra/throttling.ts).
 */
export const DECISION_ROUTES = [
  {
    method: "POST",
    path: "/referrals/{id}/decision-link",
    group,
    auth: "required",
    roles: ["coach", "admin"],
    summary:
      "Mail the employer's contact a link to decide on a proposal to a place kept on its behalf (valid 14 days, single use)",
    response: decisionLinkSent,
    status: 202,
  },
  {
    method: "GET",
    path: "/decisions/{token}",
    group,
    auth: "none",
    gone: true,
    summary:
      "The place and the pseudonymous proposal a decision link is for (404 invalid, 410 expired or used)",
    response: decisionView,
  },
  {
    method: "POST",
    path: "/decisions/{token}",
    group,
    auth: "none",
    gone: true,
    summary: "Accept or decline through a decision link (single use); after acceptance the hand-off",
    body: decisionInput,
    response: decisionAnswer,
  },
] as const;
