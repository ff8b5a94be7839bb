import type { StoredReferral } from "../db/referral-repository.ts";
import { ForbiddenError, NotFoundError } from "../domain/errors.ts";
import type { ReferralAction } from "../domain/referral-workflow.ts";
import { hasRole, type Principal } from "./principal.ts";

/** The coach's organisation sees everything; the employer of the place a pseudonymous view. */
export type ReferralSide = "coach" | "employer" | "admin";

export function sideOf(principal: Principal, referral: StoredReferral | undefined): ReferralSide {
  if (!referral) throw new NotFoundError();
  if (hasRole(principal, "admin")) return "admin";
  if (hasRole(principal, "coach") && referral.org === principal.org) return "coach";
  if (hasRole(principal, "employer") && referral.placeOrg === principal.org) return "employer";
  throw new NotFoundError();
}

const ACTOR: Record<ReferralAction, ReferralSide> = {
  accept: "employer",
  decline: "employer",
  withdraw: "coach",
};

/** Employers accept and decline, coaches withdraw; admins may do all. */
export function requireSideFor(action: ReferralAction, side: ReferralSide): void {
  if (side !== "admin" && side !== ACTOR[action]) {
    throw new ForbiddenError(
      action === "withdraw"
        ? "Nur die vermittelnde Beratung kann zurückziehen."
        : "Nur der Arbeitgeber des Platzes entscheidet.",
    );
  }
}

/** No candidate id, coach organisation or user ids for the employer: only the profile snapshot. */
export function viewFor(side: ReferralSide, referral: StoredReferral) {
  if (side !== "employer") return referral;
  const { candidateId: _c, org: _o, history, ...rest } = referral;
  return { ...rest, history: history.map(({ by: _by, ...change }) => change) };
}
