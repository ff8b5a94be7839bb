import { readLiveCandidate } from "../db/candidate-read.ts";
import { NotFoundError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";

/** Candidates belong to the coach's organisation; admins reach all. */
export const mayManage = (principal: Principal, org: string) =>
  hasRole(principal, "admin") || org === principal.org;

/**
 * The caller's live candidate; another organisation's is indistinguishable from a missing one.
 * Reads only (candidate-read.ts): the handout function, which bundles this, may not write.
 */
export async function ownCandidate(
  deps: Pick<Deps, "db" | "tableName" | "clock">,
  principal: Principal,
  id: string,
): Promise<Candidate> {
  const candidate = await readLiveCandidate(deps, id);
  if (!candidate || !mayManage(principal, candidate.org)) throw new NotFoundError();
  return candidate;
}
