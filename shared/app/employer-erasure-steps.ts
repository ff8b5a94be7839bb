import type { Deps } from "../runtime.ts";
import type { Employer } from "../schemas/employer.ts";

/**
 * What else an employer record's erasure must do, before its partition goes: each step gets the
 * record (already marked as being erased, so no session, measure or place on its behalf can be
 * added any more) and must be safe to run again — a failed erasure is finished by the next DELETE.
 * Places created on behalf of the employer (issue 29) hook in here: archived, their open
 * referrals withdrawn.
 */
export type EmployerErasureStep = (deps: Deps, employer: Employer) => Promise<void>;

export const EMPLOYER_ERASURE_STEPS: readonly EmployerErasureStep[] = [];
