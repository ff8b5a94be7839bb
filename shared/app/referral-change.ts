import { listingRepository } from "../db/listing-repository.ts";
import { referralRepository, type StoredReferral } from "../db/referral-repository.ts";
import { seatReleases } from "../db/seat-release.ts";
import { flowCounterActions } from "../db/statistics-counters.ts";
import type { NamedActions, TransactItem } from "../db/transact.ts";
import { ConflictError } from "../domain/errors.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { hasFreeSeat, type Listing, seatsTaken } from "../domain/listing.ts";
import { TARGET_NAME, targetOf } from "../domain/referral-target.ts";
import { type ReferralAction, transition } from "../domain/referral-workflow.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { DeclineReason } from "../schemas/referral.ts";

export interface Actor {
  sub: string;
  role: string;
}

/** A referral event counts where the candidate lives, in its Berufsgruppe (statistics). */
export const eventCell = (r: StoredReferral, at: string) => ({
  org: r.org,
  district: r.profile.district.code,
  group: kldbGroup(r.profile.occupation),
  at,
});

/**
 * The one way a referral moves (accept/decline/withdraw), whoever asks — a partner, the coach, or
 * an erasure withdrawing what its candidate had open: the referral's next state and the one
 * transaction that writes it with the seats of its place or offer (version-guarded, with the match
 * entries, so a freed place returns to searches), its guards and counters. The caller writes it;
 * a failed "referral" or "item" guard means a concurrent write: read again.
 */
export async function planChange(
  deps: Deps,
  current: StoredReferral,
  action: ReferralAction,
  actor: Actor,
  extra: (r: StoredReferral) => TransactItem[],
  details: { reason?: DeclineReason | undefined } = {},
): Promise<{ next: StoredReferral; actions: NamedActions }> {
  const referrals = referralRepository(deps);
  const releases = seatReleases(deps);
  const step = transition(action, current.status);
  const target = targetOf(current);
  const at = deps.clock().toISOString();
  const next: StoredReferral = {
    ...current,
    status: step.to,
    ...(action === "decline" && details.reason ? { declineReason: details.reason } : {}),
    history: [...current.history, { status: step.to, at, by: actor.sub, role: actor.role }],
    ...nextVersion(current, at),
  };
  const itemActions: TransactItem[] = [];
  // A place's seat that `mentoring.completed` gave back already is not given back a second time.
  const marks = target.kind === "place" && step.seats < 0;
  const seatGivenBack = marks && (await releases.released(current.candidateId, current.id));
  if (seatGivenBack) itemActions.push(releases.markedCheck(current.candidateId, current.id));
  else if (marks) itemActions.push(releases.notReleasedCheck(current.candidateId, current.id));
  if (step.seats !== 0 && !seatGivenBack) {
    const repository = listingRepository<Listing>(deps, target.kind);
    const item = await repository.get(target.id);
    const name = TARGET_NAME[target.kind];
    if (!item && step.seats > 0) throw new ConflictError(`${name} existiert nicht mehr.`);
    if (item) {
      if (step.seats > 0 && (item.status !== "published" || !hasFreeSeat(target.kind, item))) {
        throw new ConflictError(`${name}: keine freien Plätze mehr.`);
      }
      const seats = Math.max(0, seatsTaken(item) + step.seats);
      const nextItem = { ...item, acceptedCount: seats, ...nextVersion(item, at) } as Listing;
      itemActions.push(...repository.replaceActions(item, nextItem));
    }
  }
  const actions = {
    referral: [referrals.replaceAction(current, next)],
    item: itemActions,
    release: step.frees ? referrals.releaseActions(current) : [],
    counters: flowCounterActions(deps, eventCell(current, at), step.to),
    idempotency: extra(next),
  };
  return { next, actions };
}
