import { NotFoundError } from "../domain/errors.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { hasRole, type Principal, requireRole } from "./principal.ts";

/** Candidates belong to the coach's organisation; anyone else sees a 404, never the data. */
export function ownCandidate(principal: Principal, candidate: Candidate | undefined): Candidate {
  if (!candidate || (!hasRole(principal, "admin") && candidate.org !== principal.org))
    throw new NotFoundError();
  return candidate;
}

export const requireCoach = (principal: Principal | undefined) => requireRole(principal, "coach", "admin");

/** Retention restarts with every change. */
export const expiryFrom = (updatedAt: string, days: number) =>
  new Date(Date.parse(updatedAt) + days * 86_400_000).toISOString();
