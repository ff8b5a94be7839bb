import type { StoredItem } from "../db/candidate-items.ts";
import { PREFIX } from "../db/keys.ts";
import { referralOf } from "../db/referral-repository.ts";
import { transactWrite } from "../db/transact.ts";
import { ConflictError } from "../domain/errors.ts";
import { isActive } from "../domain/referral-workflow.ts";
import type { Deps } from "../runtime.ts";
import type { ReferralStatus } from "../schemas/referral.ts";
import { type Actor, planChange } from "./referral-change.ts";

/** Who withdraws when no one asked: a candidate whose retention ran out, an erasure repeated after a restore. */
export const SYSTEM_ACTOR: Actor = { sub: "passung", role: "system" };

/** A referral item (proposed or accepted) that a partner has seen and that may hold a seat. */
export const isOpenReferral = (item: Record<string, unknown> | undefined): boolean =>
  typeof item?.PK === "string" &&
  item.PK.startsWith(`${PREFIX.referral}#`) &&
  item.SK === PREFIX.referral &&
  isActive(item.status as ReferralStatus);

/**
 * Withdraws the open referrals among a candidate's items before its erasure removes them, each the
 * way a coach's withdrawal does (referral-change.ts): an accepted one gives its seat back (the
 * place returns to searches), and the change stream tells the partner (`referral.withdrawn`).
 * Expired referrals too: they are read from the listed items, not through the live view. A
 * referral or seat changed meanwhile (a concurrent accept, another withdrawal on the same place)
 * answers `lost()`: the caller lists again and repeats; withdrawn ones are not open any more.
 */
export async function withdrawOpenReferrals(
  deps: Deps,
  items: readonly StoredItem[],
  actor: Actor,
  lost: () => Error,
): Promise<number> {
  const open = items.filter(isOpenReferral);
  // One after the other: withdrawals on the same place would only race each other's version guard.
  for (const item of open) {
    const planned = await planChange(deps, referralOf(item), "withdraw", actor, () => []).catch(
      (error: unknown) => Promise.reject(error instanceof ConflictError ? lost() : error),
    );
    await transactWrite(deps, planned.actions, () => lost());
  }
  return open.length;
}
