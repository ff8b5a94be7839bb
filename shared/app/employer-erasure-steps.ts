import type { Deps } from "../runtime.ts";
import type { Employer } from "../schemas/employer.ts";
import { retireEmployerPlaces } from "./employer-places-erasure.ts";

/**
 * What else an employer record's erasure must do, before its partition goes: each step gets the
 * record (already marked as being erased, so no session, measure or place on its behalf can be
 * added any more) and must be safe to run again — a failed erasure is finished by the next DELETE.
 */
export type EmployerErasureStep = (deps: Deps, employer: Employer) => Promise<void>;

export const EMPLOYER_ERASURE_STEPS: readonly EmployerErasureStep[] = [
  // Places kept on the employer's behalf: their open referrals withdrawn (seat back, coach told), then archived.
  async (deps, employer) => {
    await retireEmployerPlaces(deps, employer.counsellingOrg, employer.id);
  },
];
