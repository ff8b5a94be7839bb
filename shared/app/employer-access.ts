import { type StoredEmployer, employerRepository } from "../db/employer-repository.ts";
import { organisationRepository } from "../db/organisation-repository.ts";
import { ForbiddenError, NotFoundError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";

/** The organisations that counsel employers (PRODUCT.md, "Employer counselling"). */
const COUNSELLING_KINDS: readonly string[] = ["coaching", "network"];

/**
 * Employer records belong to a counselling organisation: only members of a `coaching` or
 * `network` organisation keep them (others 403, whatever their role).
 */
export async function requireCounselling(deps: Deps, principal: Principal): Promise<void> {
  const own = await organisationRepository(deps).get(principal.org);
  if (!own || !COUNSELLING_KINDS.includes(own.kind)) {
    throw new ForbiddenError(
      "Arbeitgeberberatung führen nur Beratungsorganisationen (Art „coaching“ oder „network“).",
    );
  }
}

/**
 * The caller's own live employer record; another organisation's is indistinguishable from a
 * missing one (404), admins included: an employer record never leaves its organisation.
 */
export async function ownEmployer(deps: Deps, principal: Principal, id: string): Promise<StoredEmployer> {
  const [stored] = await Promise.all([
    employerRepository(deps).getStored(id),
    requireCounselling(deps, principal),
  ]);
  if (!stored || stored.erasing || stored.employer.counsellingOrg !== principal.org) {
    throw new NotFoundError("Arbeitgeber nicht gefunden.");
  }
  return stored;
}
