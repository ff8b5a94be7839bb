import type { ReferralExtras } from "../app/referral-handoff.ts";
import type { StoredReferral } from "../db/referral-repository.ts";
import { ForbiddenError, NotFoundError } from "../domain/errors.ts";
import { targetOf } from "../domain/referral-target.ts";
import type { ReferralAction } from "../domain/referral-workflow.ts";
import { hasRole, type Principal } from "./principal.ts";

/**
 * The coach's organisation sees everything; the organisation of the place (employer) or of the
 * offer (provider) a pseudonymous view.
 */
export type ReferralSide = "coach" | "employer" | "provider" | "admin";

/** The side that answers a referral: the place's employer or the offer's provider. */
export const answersReferral = (side: ReferralSide) => side === "employer" || side === "provider";

/**
 * Which side the caller is on for `action` (or for reading). A coach of the counselling
 * organisation that keeps the place on behalf of an employer answers for the employer: the
 * employer's side for accept and decline, and for reading a referral that another organisation made.
 */
export function sideOf(
  principal: Principal,
  referral: StoredReferral | undefined,
  action?: ReferralAction,
): ReferralSide {
  if (!referral) throw new NotFoundError();
  if (hasRole(principal, "admin")) return "admin";
  const target = targetOf(referral);
  const agent =
    referral.onBehalfOf !== undefined &&
    target.kind === "place" &&
    target.org === principal.org &&
    hasRole(principal, "coach");
  const answering = action === "accept" || action === "decline";
  if (agent && (answering || referral.org !== principal.org)) return "employer";
  if (hasRole(principal, "coach") && referral.org === principal.org) return "coach";
  const owner = target.kind === "place" ? "employer" : "provider";
  if (hasRole(principal, owner) && target.org === principal.org) return owner;
  throw new NotFoundError();
}

/** Employers and providers accept and decline, coaches withdraw; admins may do all. */
export function requireSideFor(action: ReferralAction, side: ReferralSide): void {
  if (side === "admin") return;
  if (action === "withdraw" && side !== "coach")
    throw new ForbiddenError("Nur die vermittelnde Beratung kann zurückziehen.");
  if (action !== "withdraw" && !answersReferral(side))
    throw new ForbiddenError("Nur die Organisation des Platzes oder Angebots entscheidet.");
}

/**
 * The answer for one side. Coach and admin: the referral with both organisations' names and, once
 * accepted, the place's or offer's contact. Employer and provider: no candidate id, coach
 * organisation, user ids or the coach's own note (`message`); once accepted, who referred and
 * the coach's work contact.
 */
export function viewFor(side: ReferralSide, referral: StoredReferral, extras: ReferralExtras = {}) {
  const accepted = referral.status === "accepted";
  const itemOrgName = extras.itemOrgName === undefined ? {} : { itemOrgName: extras.itemOrgName };
  if (!answersReferral(side)) {
    return {
      ...referral,
      ...itemOrgName,
      ...(extras.orgName === undefined ? {} : { orgName: extras.orgName }),
      ...(accepted && extras.contact
        ? {
            handoff: {
              contact: extras.contact,
              contactSharingAllowed: extras.contactSharingAllowed ?? false,
            },
          }
        : {}),
    };
  }
  // The coach's own note stays with the coach's organisation: partners read the notes only.
  const { candidateId: _c, org: _o, message: _m, history, ...rest } = referral;
  // An organisation without a display name is left unnamed (the page words it neutrally): the
  // other side never sees a slug.
  const orgName = extras.orgName === undefined ? {} : { orgName: extras.orgName };
  return {
    ...rest,
    ...itemOrgName,
    history: history.map(({ by: _by, ...change }) => change),
    ...(accepted ? { ...orgName, handoff: { ...orgName, coach: extras.coach ?? {} } } : {}),
  };
}
