import { employerErasure } from "../db/employer-erasure.ts";
import { employerRepository } from "../db/employer-repository.ts";
import { NotFoundError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import { requireCounselling } from "./employer-access.ts";
import { EMPLOYER_ERASURE_STEPS, type EmployerErasureStep } from "./employer-erasure-steps.ts";

/**
 * Erases an employer record: marks it (from then on no reader sees it and no session, measure or
 * place on its behalf can be added), runs the erasure steps (employer-erasure-steps.ts), then
 * removes everything in its partition — search words, sessions with their notes, measures — and
 * the record with its contact last. The figure events stay: they hold only counts (keys.ts).
 * `check` sees the record, or undefined when an earlier erasure stopped midway (then it finishes).
 */
export async function eraseEmployer(
  deps: Deps,
  principal: Principal,
  id: string,
  check: (current: { version: number } | undefined) => void,
  steps: readonly EmployerErasureStep[] = EMPLOYER_ERASURE_STEPS,
): Promise<{ removed: number }> {
  await requireCounselling(deps, principal);
  const stored = await employerRepository(deps).getStored(id);
  if (!stored || stored.employer.counsellingOrg !== principal.org)
    throw new NotFoundError("Arbeitgeber nicht gefunden.");
  check(stored.erasing ? undefined : stored.employer);
  const erasure = employerErasure(deps);
  await erasure.mark(stored);
  for (const step of steps) await step(deps, stored.employer);
  return { removed: await erasure.removeAll(id) };
}
