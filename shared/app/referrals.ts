import { candidateConsentWrites } from "../db/candidate-consent-writes.ts";
import { epochOf } from "../db/candidate-items.ts";
import { listingRepository } from "../db/listing-repository.ts";
import { referralRepository, type StoredReferral } from "../db/referral-repository.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { flowCounterActions } from "../db/statistics-counters.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { requireShareProfile } from "../domain/consent.ts";
import { ConflictError, ServiceUnavailableError } from "../domain/errors.ts";
import type { Listing } from "../domain/listing.ts";
import type { NoteCode } from "../vocabulary/referral-notes.ts";
import type { ReferralAction } from "../domain/referral-workflow.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { DeclineReason } from "../schemas/referral.ts";
import { recordReferral } from "../observability/metrics.ts";
import { type Actor, eventCell, planChange } from "./referral-change.ts";
import {
  MAX_OPEN_REFERRALS_PER_CANDIDATE,
  proposalConflicts,
  proposedReferral,
  type ReferralItem,
} from "./referral-proposal.ts";

/** Lost races on one place or offer: read again, a bounded number of times (retry.ts). */
const STALE_READS: RetryPolicy = { attempts: 8, baseMs: 10, capMs: 320 };

/** A version guard lost to a concurrent write: read again and retry. */
class StaleRead extends Error {}

export type { Actor };

const twin = () =>
  new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.");

/**
 * Referral use cases: decide (workflow, seats, cap) and write it as one transaction over the
 * referral, the place or offer (acceptedCount, version-guarded, with its match entries), the guards
 * and counters. A lost race re-reads and retries a bounded number of times. Each status a referral
 * reaches is counted as a metric (its status only, nothing about the person).
 */
export function referralUseCases(deps: Deps) {
  const referrals = referralRepository(deps);
  const consentWrites = candidateConsentWrites(deps);
  const listings = {
    place: listingRepository<Listing>(deps, "place"),
    offer: listingRepository<Listing>(deps, "offer"),
  };
  const now = () => deps.clock().toISOString();

  const rereads = <T>(attemptOnce: () => Promise<T>) =>
    withRetries("referral change", STALE_READS, attemptOnce, {
      retryable: (error) => error instanceof StaleRead,
      giveUp: () =>
        new ServiceUnavailableError(
          "Zu viele gleichzeitige Änderungen an diesem Platz oder Angebot; bitte erneut versuchen.",
        ),
    });

  return {
    get: referrals.get,
    listForCoachOrg: referrals.listForCoachOrg,
    listIncoming: referrals.listIncoming,

    async propose(
      candidate: Candidate,
      item: ReferralItem,
      input: { notes?: NoteCode[] | undefined; message?: string | undefined },
      actor: Actor,
      extra: (r: StoredReferral) => TransactItem[],
    ): Promise<StoredReferral> {
      // No profile reaches a partner without the candidate's consent (PRODUCT.md, issue 30).
      requireShareProfile(candidate.consents);
      const at = now();
      const referral = proposedReferral(deps.newId(), candidate, item, input, actor, at);
      const actions = {
        // The referral expires with its candidate; a changed or erased candidate, or one whose
        // `share-profile` consent is gone, fails the write.
        ...referrals.createActions(referral, epochOf(candidate.expiresAt), MAX_OPEN_REFERRALS_PER_CANDIDATE),
        candidate: [consentWrites.consentedCheck(candidate, "share-profile")],
        itemOpen: [listings[item.kind].openSeatCheck(item.listing.id)],
        idempotency: extra(referral),
        counters: flowCounterActions(deps, eventCell(referral, at), "proposed"),
      };
      const conflicts = proposalConflicts(item.kind);
      await transactWrite(deps, actions, (name) => (conflicts[name] ?? twin)());
      recordReferral("proposed");
      return referral;
    },

    /** Moves a referral (accept/decline/withdraw) and the seats of its place or offer together. */
    async change(
      id: string,
      action: ReferralAction,
      actor: Actor,
      extra: (r: StoredReferral) => TransactItem[],
      details: { reason?: DeclineReason | undefined } = {},
    ) {
      const next = await rereads(async () => {
        const current = await referrals.get(id);
        if (!current) throw new ConflictError("Die Vermittlung existiert nicht mehr.");
        const { next, actions } = await planChange(deps, current, action, actor, extra, details);
        // The version guards of referral and item lost a race: read again. Anything else is the twin request.
        await transactWrite(deps, actions, (name) =>
          name === "referral" || name === "item" ? new StaleRead() : twin(),
        );
        return next;
      });
      recordReferral(next.status);
      return next;
    },
  };
}
