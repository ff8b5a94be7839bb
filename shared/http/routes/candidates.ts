import { candidate, candidateExport, candidateInput, candidatePatch } from "../../schemas/candidate.ts";
import { listQuery } from "../../schemas/common.ts";
import { consentInput, consentWithdrawal } from "../../schemas/consent.ts";
import { handoutQuery } from "../../schemas/handout.ts";
import { matchResponse } from "../../schemas/match.ts";
import { htmlPage } from "../../schemas/media.ts";
import { milestoneCreated, milestoneInput, milestoneList } from "../../schemas/milestone.ts";
import { planInput, planResponse, savedPlan } from "../../schemas/qualification-plan.ts";
import { listOf } from "./list-of.ts";

const base = { group: "candidates", auth: "required" as const, roles: ["coach", "admin"] as const };

/** Pseudonymous candidates of a coach's organisation: profile, matches, handout, milestones, export, erasure. */
export const CANDIDATE_ROUTES = [
  {
    method: "POST",
    path: "/candidates",
    ...base,
    summary: "Create a pseudonymous candidate",
    body: candidateInput,
    response: candidate,
    status: 201,
  },
  {
    method: "GET",
    path: "/candidates",
    ...base,
    summary: "The organisation's candidates",
    query: listQuery,
    response: listOf(candidate),
  },
  { method: "GET", path: "/candidates/{id}", ...base, summary: "Read one", response: candidate },
  {
    method: "PATCH",
    path: "/candidates/{id}",
    ...base,
    summary:
      "Update the profile and the participation (entryDate, exit {date, reason} — exit: null reopens —, esf only with an active esf-data consent, esf: null removes it); moves the expiry (retention from the exit, or the last activity)",
    body: candidatePatch,
    response: candidate,
  },
  {
    method: "DELETE",
    path: "/candidates/{id}",
    ...base,
    summary: "Erase the candidate and the personal data of its referrals",
    status: 204,
  },
  {
    method: "GET",
    path: "/candidates/{id}/matches",
    ...base,
    summary: "Matches for the stored profile",
    response: matchResponse,
  },
  {
    method: "GET",
    path: "/candidates/{id}/plan",
    ...base,
    summary:
      "The qualification plan: `proposal` from what matches now (same rules as the matches) — compensation measure first, modules from as few providers as possible, a place for practice differences, a language course up to the required level, no overlapping dates; coverage by hours and the uncovered topics — and `saved`, the plan the coach saved (ETag: its version)",
    response: planResponse,
  },
  {
    method: "PUT",
    path: "/candidates/{id}/plan",
    ...base,
    summary:
      "Save the chosen steps (If-Match with the saved plan's version once one exists); every step must match the candidate (400 naming steps[i].offerId, .moduleId, .placeId or .start; nothing written). Uncovered topics count as unmet demand, once per candidate, topic and month",
    body: planInput,
    response: savedPlan,
  },
  {
    method: "GET",
    path: "/candidates/{id}/handout",
    ...base,
    // Its own function: the renderer and its seven translations (~90 KB) stay out of the cold
    // start of every other candidate route.
    group: "handouts",
    summary:
      "Printable handout (text/html, A4) in the candidate's language: top offers and places with every reason, next steps, contacts; German originals marked",
    query: handoutQuery,
    response: htmlPage,
  },
  {
    method: "GET",
    path: "/privacy-notice",
    ...base,
    // With the handout's renderer and its translations (functions/handouts).
    group: "handouts",
    summary:
      "The information notice (Art. 13 DSGVO) to give the candidate before recording consent: printable text/html in one of the handout's languages (right to left for ar, fa) naming the caller's organisation as controller and the caller's work contact, purposes per consent scope, legal basis, recipients, retention and rights. Its version is printed and sent as `X-Notice-Version`: POST /candidates/{id}/consents records it",
    query: handoutQuery,
    response: htmlPage,
    responseHeaders: { "X-Notice-Version": "NoticeVersion" },
  },
  {
    method: "POST",
    path: "/candidates/{id}/milestones",
    ...base,
    summary:
      "Record what happened after the match (course, recognition, job, the six-month follow-up with its status); out-of-order milestones are kept and flagged in `warnings`; moves the candidate's expiry (activity)",
    body: milestoneInput,
    response: milestoneCreated,
    status: 201,
  },
  {
    method: "GET",
    path: "/candidates/{id}/milestones",
    ...base,
    summary: "The candidate's milestones, oldest first",
    response: milestoneList,
  },
  {
    method: "POST",
    path: "/candidates/{id}/consents",
    ...base,
    summary:
      "Record what the candidate agreed to after reading the information notice (GET /privacy-notice): `version` the notice's, `date` of signing (not in the future), `scopes`, `language` it was read in. Each scope becomes active (again); the answer is the candidate with its `consents` (ETag)",
    body: consentInput,
    response: candidate,
  },
  {
    method: "DELETE",
    path: "/candidates/{id}/consents/{scope}",
    ...base,
    summary:
      "Withdraw one scope (`?date=`, default today in Germany; neither in the future nor before the consent). `share-profile`: open referrals are withdrawn (seats back, partner told); `store`: the candidate is erased as DELETE /candidates/{id}; `esf-data`: the ESF Plus data is removed. Repeating a withdrawal only finishes its effects",
    // `?date=`: a DELETE carries no body (test/unit/openapi.test.ts).
    query: consentWithdrawal,
    status: 204,
  },
  {
    method: "GET",
    path: "/candidates/{id}/export",
    ...base,
    summary: "Everything stored about the candidate (JSON)",
    response: candidateExport,
  },
] as const;
