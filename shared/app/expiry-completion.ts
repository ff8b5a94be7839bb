import { erasureLog } from "../db/erasure-log.ts";
import { candidateKey, countedOutKey, PREFIX } from "../db/keys.ts";
import { listingRepository } from "../db/listing-repository.ts";
import { referralOf, type StoredReferral } from "../db/referral-repository.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { seatReleases } from "../db/seat-release.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { countedActiveOf } from "../db/candidate-read.ts";
import { TTL_ATTRIBUTE } from "../db/table-definition.ts";
import type { CountedCell } from "../domain/participant-counts.ts";
import { type Listing, seatsTaken } from "../domain/listing.ts";
import { targetOf } from "../domain/referral-target.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import { completeErasure } from "./candidate-erasure.ts";
import { SYSTEM_ACTOR } from "./erasure-withdrawal.ts";
import { countOutActions } from "./person-counts.ts";
import type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

/** A candidate's own item that went without an erasure (which marks it first): its retention ran out. */
const expiredCandidate = (item: TableItem | undefined) =>
  typeof item?.PK === "string" &&
  item.PK.startsWith(`${PREFIX.candidate}#`) &&
  item.SK === candidateKey("").SK &&
  item.erasingSince === undefined;

/** A referral that went while accepted: TTL removed it (an erasure withdraws first). */
const acceptedReferral = (item: TableItem | undefined) =>
  typeof item?.PK === "string" &&
  item.PK.startsWith(`${PREFIX.referral}#`) &&
  item.SK === PREFIX.referral &&
  item.status === "accepted";

class SeatChanged extends Error {}
class GivenBack extends Error {}
const REREAD: RetryPolicy = { attempts: 6, baseMs: 20, capMs: 640 };

/**
 * Gives back the seat of a referral TTL removed while accepted, once (a marker in the same
 * transaction), unless `mentoring.completed` gave it back already. The place's write brings its
 * match entries along, so it returns to searches.
 */
async function giveSeatBack(deps: Deps, referral: StoredReferral): Promise<void> {
  const releases = seatReleases(deps);
  if (await releases.released(referral.candidateId, referral.id)) return;
  const target = targetOf(referral);
  const listings = listingRepository<Listing>(deps, target.kind);
  await withRetries(
    "seat of an expired referral",
    REREAD,
    async () => {
      const item = await listings.get(target.id);
      if (!item || seatsTaken(item) === 0) return;
      const at = deps.clock().toISOString();
      const next = { ...item, acceptedCount: seatsTaken(item) - 1, ...nextVersion(item, at) } as Listing;
      const actions = {
        marker: [releases.seatBackAction(referral.id, at)],
        item: listings.replaceActions(item, next),
      };
      await transactWrite(deps, actions, (name) => (name === "item" ? new SeatChanged() : new GivenBack()));
    },
    {
      retryable: (error) => error instanceof SeatChanged,
      // The stream delivers the record again (stream-batch.ts): the marker keeps it once.
      giveUp: () => new Error("The seat of an expired referral changed too often meanwhile"),
    },
  ).catch((error: unknown) => {
    if (!(error instanceof GivenBack)) throw error;
  });
}

/** Longer than a stream record can be delivered again (24 hours), then the once-marker expires. */
const COUNTED_OUT_SECONDS = 7 * 86_400;

/**
 * A person removed by TTL while counted as active (the item's carried cell: the marker in its
 * partition may be gone first): out of `active` once, however often the record comes again.
 */
async function countOut(deps: Deps, eventId: string, org: string, cell: CountedCell | undefined, at: string) {
  if (!cell) return;
  const once: TransactItem = {
    Put: {
      TableName: deps.tableName,
      Item: {
        ...countedOutKey(eventId),
        [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + COUNTED_OUT_SECONDS,
      },
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
  await transactWrite(
    deps,
    { once: [once], counters: countOutActions(deps, org, cell, at) },
    () => new CountedAlready(),
  ).catch((error: unknown) => {
    if (!(error instanceof CountedAlready)) throw error;
  });
}
class CountedAlready extends Error {}

/**
 * What DynamoDB's TTL leaves undone when a candidate's retention runs out, completed from the
 * change stream the way an erasure does it: the candidate's item gone → everything else that
 * names it is erased (open referrals withdrawn, partners told, seats back) and the erasure logged
 * (`expired`); a referral gone while accepted (TTL removes items in any order) → its seat back.
 * The partner's `referral.withdrawn` for such a referral comes from referral-notices.ts.
 */
export const expiryCompletion: StreamReaction = {
  name: "expiryCompletion",
  handles: (change: StreamChange) =>
    change.eventName === "REMOVE" && (expiredCandidate(change.oldItem) || acceptedReferral(change.oldItem)),
  async react(deps, change) {
    const gone = change.oldItem;
    if (!gone) return;
    if (acceptedReferral(gone)) return giveSeatBack(deps, referralOf(gone));
    const candidateId = String(gone.PK).slice(PREFIX.candidate.length + 1);
    const org = String(gone.org);
    // Logged even when nothing else is left: a restore would bring the candidate back.
    const erasedAt = deps.clock().toISOString();
    await erasureLog(deps).record({ candidateId, org, erasedAt, how: "expired" });
    await countOut(deps, change.eventId, org, countedActiveOf(gone), erasedAt);
    await completeErasure(deps, candidateId, { how: "expired", actor: SYSTEM_ACTOR });
  },
};
