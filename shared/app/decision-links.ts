import { candidateRepository } from "../db/candidate-repository.ts";
import { epochOf } from "../db/candidate-items.ts";
import { decisionLinkRepository } from "../db/decision-links.ts";
import { employerFacts } from "../db/employer-facts.ts";
import { referralRepository, type StoredReferral } from "../db/referral-repository.ts";
import { decisionLinkExpiry } from "../domain/decision-token.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { targetOf } from "../domain/referral-target.ts";
import type { Deps } from "../runtime.ts";

/** Who may see the referral at all: admins, the referring and the place's organisation. */
const sees = (principal: Principal, referral: StoredReferral) =>
  hasRole(principal, "admin") || referral.org === principal.org || targetOf(referral).org === principal.org;

/** Who sends its links: the coaches of the organisation that keeps the place (and admins). */
const keepsPlace = (principal: Principal, referral: StoredReferral) =>
  hasRole(principal, "admin") || (hasRole(principal, "coach") && targetOf(referral).org === principal.org);

/**
 * POST /referrals/{id}/decision-link: the counselling organisation that keeps the place on behalf
 * of an employer lets the employer's contact decide. A link (single use, valid 14 days) is stored
 * by its nonce; the mail with the signed link leaves from the change stream (decision-link-mail.ts).
 * Only for a proposed referral, and only when the employer record has a contact with an e-mail.
 */
export async function sendDecisionLink(deps: Deps, principal: Principal, referralId: string) {
  const referral = await referralRepository(deps).get(referralId);
  if (!referral || !sees(principal, referral)) throw new NotFoundError();
  if (targetOf(referral).kind !== "place" || referral.onBehalfOf === undefined)
    throw new ConflictError(
      "Einen Entscheidungslink gibt es nur für Plätze, die eine Beratung für einen Arbeitgeber führt.",
    );
  if (!keepsPlace(principal, referral))
    throw new ForbiddenError("Nur die Beratung, die den Platz für den Arbeitgeber führt, sendet den Link.");
  if (referral.status !== "proposed")
    throw new ConflictError(
      "Über diesen Vorschlag ist bereits entschieden; ein Link ist nicht mehr möglich.",
    );
  const org = targetOf(referral).org;
  const employerId = referral.onBehalfOf ?? "";
  const [employer, candidate] = await Promise.all([
    employerFacts(deps, org, employerId),
    candidateRepository(deps).get(referral.candidateId),
  ]);
  if (!employer?.contact?.email)
    throw new ConflictError("Der Arbeitgeber hat keine Ansprechperson mit E-Mail-Adresse.", {
      errors: [{ path: "contact.email", message: "E-Mail der Ansprechperson beim Arbeitgeber fehlt" }],
    });
  if (!candidate) throw new ConflictError("Die Vermittlung besteht nicht mehr.");
  const now = deps.clock();
  const link = {
    nonce: deps.newId(),
    referralId: referral.id,
    candidateId: referral.candidateId,
    org,
    employerId,
    sentBy: principal.sub,
    expiresAt: decisionLinkExpiry(now),
    createdAt: now.toISOString(),
  };
  await decisionLinkRepository(deps).create(link, epochOf(candidate.expiresAt));
  return { referralId: referral.id, expiresAt: new Date(link.expiresAt * 1000).toISOString() };
}
