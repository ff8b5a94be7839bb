import type { Deps } from "../runtime.ts";
import type { Employer } from "../schemas/employer.ts";
import { employerRepository, liveEmployerCondition } from "./employer-repository.ts";
import { employerKey } from "./keys.ts";
import type { TransactItem } from "./transact.ts";

/** What places on behalf and decision links read of an employer record. */
export type EmployerFacts = Pick<Employer, "id" | "counsellingOrg" | "name" | "contact">;

/** The live employer record `id` of the counselling organisation `org` (erasing or foreign: none). */
export async function employerFacts(deps: Deps, org: string, id: string): Promise<EmployerFacts | undefined> {
  const stored = await employerRepository(deps).getStored(id);
  if (!stored || stored.erasing || stored.employer.counsellingOrg !== org) return undefined;
  return stored.employer;
}

/**
 * Passes while the employer record lives: joined to a new place's transaction, so that a place
 * on behalf cannot be written after the record's erasure has begun (and been missed by it).
 */
export const liveEmployerCheck = (deps: Deps, id: string): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: employerKey(id),
    ConditionExpression: liveEmployerCondition,
  },
});
