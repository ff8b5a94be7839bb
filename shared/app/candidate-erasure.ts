import { alertKeys } from "../db/alert-index.ts";
import {
  candidateItems,
  deleteItems,
  eraseStep,
  keyOf,
  type StoredItem,
  TRANSACTION_LIMIT,
} from "../db/candidate-items.ts";
import { candidateRepository, type StoredCandidate } from "../db/candidate-repository.ts";
import { type ErasureEntry, erasureLog } from "../db/erasure-log.ts";
import { candidateKey, PREFIX } from "../db/keys.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { NotFoundError, ServiceUnavailableError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import { remainderOf } from "./candidate-erasure-remainders.ts";
import { withdrawOpenReferrals } from "./erasure-withdrawal.ts";
import { mayManage } from "./own-candidate.ts";
import { countOutActions, markedActiveCell } from "./person-counts.ts";
import type { Actor } from "./referral-change.ts";

/** The caller's If-Match against the candidate; undefined when an erasure is only being finished. */
export type ErasureCheck = (current: { version: number } | undefined) => void;

/** Items with a remainder per transaction: delete + put each, well inside the 100 actions. */
const PER_STEP = Math.floor(TRANSACTION_LIMIT / 4);
/** A step whose item changed or went meanwhile: list again and go on (bounded, retry.ts). */
const RELIST: RetryPolicy = { attempts: 5, baseMs: 50, capMs: 1000 };
class StepGone extends Error {}
const tryAgain = () =>
  new ServiceUnavailableError("Die Löschung ist noch nicht abgeschlossen; bitte erneut versuchen.");

/** How an erasure came about, for its log entry, and who withdraws the candidate's open referrals. */
export interface ErasureCause {
  how: ErasureEntry["how"];
  actor: Actor;
}

/**
 * Erases a candidate and everything that names it, in steps of at most 100 actions. The candidate
 * is marked first (concurrent PATCHes and proposals fail from then on) and deleted last, so a
 * DELETE that fails midway is finished by the next one, whatever its If-Match: every step is
 * idempotent. Also erases what is left of a candidate whose own item expired and is gone. `how`:
 * a DELETE, or the withdrawal of the `store` consent (shared/app/consents.ts).
 */
export async function eraseCandidate(
  deps: Deps,
  principal: Principal,
  id: string,
  check: ErasureCheck,
  how: ErasureEntry["how"] = "explicit",
) {
  const stored = await candidateRepository(deps).getStored(id);
  if (stored) {
    if (!mayManage(principal, stored.candidate.org)) throw new NotFoundError();
    check(stored.erasing ? undefined : stored.candidate);
  }
  const found = await candidateItems(deps, id);
  // Without its own item, the candidate's organisation is known from its referrals only.
  const owned = (item: StoredItem) => typeof item.org === "string" && mayManage(principal, item.org);
  if (!stored && !found.dependents.some(owned)) throw new NotFoundError();
  if (!stored) check(undefined);
  const role = principal.roles.includes("admin") ? "admin" : "coach";
  return erase(deps, id, { how, actor: { sub: principal.sub, role } }, stored, found.dependents);
}

/**
 * Erases whatever is left of a candidate without asking anyone: its retention ran out (the change
 * stream saw its item expire), or `npm run erasures:reapply` repeats a logged erasure after a
 * restore. Nothing left: `{ found: false }`, and nothing is logged.
 */
export async function completeErasure(deps: Deps, id: string, cause: ErasureCause) {
  const stored = await candidateRepository(deps).getStored(id);
  const { dependents } = await candidateItems(deps, id);
  if (!stored && dependents.length === 0) return { found: false, remainders: 0, withdrawn: 0 };
  return { found: true, ...(await erase(deps, id, cause, stored, dependents)) };
}

async function erase(
  deps: Deps,
  id: string,
  cause: ErasureCause,
  stored: StoredCandidate | undefined,
  listed: StoredItem[],
) {
  const org = stored?.candidate.org ?? organisationOf(listed);
  // Logged before anything is deleted: an erasure that fails midway is repeated after a restore too.
  if (org) await erasureLog(deps).record({ candidateId: id, org, erasedAt: now(deps), how: cause.how });
  if (stored && !stored.erasing) {
    // Still counted as active (no exit ever): out of `active` in the marking's transaction, so once.
    const cell = stored.countedActive ?? (await markedActiveCell(deps, id));
    const countOut = cell ? countOutActions(deps, stored.candidate.org, cell, now(deps)) : [];
    await candidateRepository(deps).markErasing(
      stored.candidate,
      countOut,
      stored.countedActive !== undefined,
    );
  }
  let erased = 0;
  let withdrawn = 0;
  await withRetries(
    "candidate erasure",
    RELIST,
    async (attempt) => {
      let dependents = attempt === 1 ? listed : (await candidateItems(deps, id)).dependents;
      // Open referrals first: their seats return and their partners hear of it before they go.
      const closed = await withdrawOpenReferrals(deps, dependents, cause.actor, () => new StepGone());
      if (closed > 0) dependents = (await candidateItems(deps, id)).dependents;
      withdrawn += closed;
      const remaining = dependents.filter((item) => remainderOf(item));
      for (let i = 0; i < remaining.length; i += PER_STEP) {
        const step = remaining.slice(i, i + PER_STEP);
        const puts = step.map((item) => remainderOf(item)?.(item) ?? {});
        await eraseStep(deps, step.map(keyOf), puts, () => new StepGone());
        erased += step.length;
      }
      const plain = dependents.filter((item) => !remainderOf(item)).map(keyOf);
      // Its alert entry by key as well: GSI3 may not list one written a moment ago.
      const listedKeys = new Set(plain.map((k) => `${k.PK}|${k.SK}`));
      const alerts = alertKeys(stored?.candidate).filter((k) => !listedKeys.has(`${k.PK}|${k.SK}`));
      await deleteItems(deps, [...plain, ...alerts], tryAgain);
    },
    { retryable: (error) => error instanceof StepGone, giveUp: tryAgain },
  );
  if (stored) await deleteItems(deps, [candidateKey(id)], tryAgain);
  return { remainders: erased, withdrawn };
}

const now = (deps: Deps) => deps.clock().toISOString();

/** The coach organisation of a candidate whose own item is gone, from its referrals (or other items). */
function organisationOf(items: readonly StoredItem[]): string | undefined {
  const referral = items.find((item) => item.PK.startsWith(`${PREFIX.referral}#`));
  const named = referral ?? items.find((item) => typeof item.org === "string");
  return typeof named?.org === "string" ? named.org : undefined;
}
