import { candidateItems, epochOf, keyOf, moveExpiry } from "../db/candidate-items.ts";
import { PREFIX } from "../db/keys.ts";
import { withoutKeys } from "../db/query-page.ts";
import { REFERRAL_KEY_ATTRIBUTES, type StoredReferral } from "../db/referral-repository.ts";
import type { Deps } from "../runtime.ts";

/**
 * A candidate's dependents (everything stored that names it besides its own item, candidate-items.ts):
 * their expiry moved along with the candidate's, and its referrals read for the export. Apart from
 * the candidate use cases because milestones and consents move the expiry too.
 */

/** How many dependent items have their expiry moved at once. */
const IN_FLIGHT = 8;

/**
 * Everything that names the candidate expires with it: after a change or a milestone moves its
 * expiry, its dependents' expiry moves along (after the write: a failed write must not move them).
 */
export async function moveDependentsExpiry(deps: Deps, candidateId: string, from: string, to: string) {
  if (from === to) return;
  const { dependents } = await candidateItems(deps, candidateId);
  for (let i = 0; i < dependents.length; i += IN_FLIGHT) {
    await Promise.all(
      dependents
        .slice(i, i + IN_FLIGHT)
        .map((item) => moveExpiry(deps, keyOf(item), epochOf(to), epochOf(from))),
    );
  }
}

/** A candidate's referrals, any status (its export). */
export async function candidateReferrals(deps: Deps, candidateId: string) {
  const { dependents } = await candidateItems(deps, candidateId);
  const referrals = dependents
    .filter((item) => item.PK.startsWith(`${PREFIX.referral}#`))
    .map((item) => withoutKeys<StoredReferral>(item, REFERRAL_KEY_ATTRIBUTES));
  return { referrals };
}
