import { candidateRepository } from "../db/candidate-repository.ts";
import { epochOf } from "../db/candidate-items.ts";
import { listingRepository } from "../db/listing-repository.ts";
import { referralRepository, type StoredReferral } from "../db/referral-repository.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { seatReleases } from "../db/seat-release.ts";
import { flowCounterActions } from "../db/statistics-counters.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError, ServiceUnavailableError } from "../domain/errors.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { type ReferralAction, transition } from "../domain/referral-workflow.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";

/**
 * Open (proposed or accepted) referrals one candidate may have at a time. Counted atomically with
 * each proposal and each close (referral-repository.ts), so racing proposals cannot pass it.
 */
export const MAX_OPEN_REFERRALS_PER_CANDIDATE = 30;

/** Lost races on one place: read again, a bounded number of times (retry.ts). */
const STALE_READS: RetryPolicy = { attempts: 8, baseMs: 10, capMs: 320 };

/** A version guard lost to a concurrent write: read again and retry. */
class StaleRead extends Error {}

export interface Actor {
  sub: string;
  role: string;
}

/** A referral event counts where the candidate lives, in its Berufsgruppe (statistics). */
const eventCell = (r: StoredReferral, at: string) => ({
  org: r.org,
  district: r.profile.district.code,
  group: kldbGroup(r.profile.occupation),
  at,
});

const twin = () =>
  new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.");

/** What failed in a proposal, by the name of its transaction part. */
const PROPOSAL_CONFLICTS: Record<string, () => ConflictError> = {
  activeGuard: () => new ConflictError("Diese Person ist für diesen Platz bereits vorgeschlagen."),
  cap: () =>
    new ConflictError(
      `Höchstens ${MAX_OPEN_REFERRALS_PER_CANDIDATE} offene Vermittlungen je Kandidat:in; erst eine abschließen.`,
      { errors: [{ path: "candidateId", message: "Zu viele offene Vermittlungen" }] },
    ),
  placeOpen: () => new ConflictError("Der Mentoringplatz ist nicht mehr frei."),
  candidate: () =>
    new ConflictError("Die Kandidat:in wurde gleichzeitig geändert oder gelöscht; bitte neu laden."),
};

/**
 * Referral use cases: decide (workflow, seats, cap) and write it as one transaction over the
 * referral, the place (acceptedCount, version-guarded, with its match entries), the guards and
 * counters. A lost race re-reads and retries a bounded number of times.
 */
export function referralUseCases(deps: Deps) {
  const referrals = referralRepository(deps);
  const candidates = candidateRepository(deps);
  const places = listingRepository<MentoringPlace>(deps, "place");
  const releases = seatReleases(deps);
  const now = () => deps.clock().toISOString();

  const rereads = <T>(attemptOnce: () => Promise<T>) =>
    withRetries("referral change", STALE_READS, attemptOnce, {
      retryable: (error) => error instanceof StaleRead,
      giveUp: () =>
        new ServiceUnavailableError(
          "Zu viele gleichzeitige Änderungen an diesem Mentoringplatz; bitte erneut versuchen.",
        ),
    });

  return {
    get: referrals.get,
    listForCoachOrg: referrals.listForCoachOrg,
    listForPlaceOrg: referrals.listForPlaceOrg,

    async propose(
      candidate: Candidate,
      place: MentoringPlace,
      input: { message?: string | undefined },
      actor: Actor,
      extra: (r: StoredReferral) => TransactItem[],
    ): Promise<StoredReferral> {
      const at = now();
      const referral: StoredReferral = {
        id: deps.newId(),
        candidateId: candidate.id,
        org: candidate.org,
        placeId: place.id,
        placeTitle: place.title,
        placeOrg: place.org,
        status: "proposed",
        ...(input.message ? { message: input.message } : {}),
        profile: {
          occupation: candidate.occupation,
          ...(candidate.germanLevel ? { germanLevel: candidate.germanLevel } : {}),
          languages: candidate.languages,
          ...(candidate.availableFrom ? { availableFrom: candidate.availableFrom } : {}),
          district: candidate.location.district,
        },
        history: [{ status: "proposed", at, by: actor.sub, role: actor.role }],
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const actions = {
        // The referral expires with its candidate; a changed or erased candidate fails the write.
        ...referrals.createActions(referral, epochOf(candidate.expiresAt), MAX_OPEN_REFERRALS_PER_CANDIDATE),
        candidate: [candidates.unchangedCheck(candidate)],
        placeOpen: [places.openSeatCheck(place.id)],
        idempotency: extra(referral),
        counters: flowCounterActions(deps, eventCell(referral, at), "proposed"),
      };
      await transactWrite(deps, actions, (name) => (PROPOSAL_CONFLICTS[name] ?? twin)());
      return referral;
    },

    /** Moves a referral (accept/decline/withdraw) and the place's seats together. */
    change(id: string, action: ReferralAction, actor: Actor, extra: (r: StoredReferral) => TransactItem[]) {
      return rereads(async () => {
        const current = await referrals.get(id);
        if (!current) throw new ConflictError("Die Vermittlung existiert nicht mehr.");
        const step = transition(action, current.status);
        const at = now();
        const next: StoredReferral = {
          ...current,
          status: step.to,
          history: [...current.history, { status: step.to, at, by: actor.sub, role: actor.role }],
          ...nextVersion(current, at),
        };
        const placeActions: TransactItem[] = [];
        // A seat that `mentoring.completed` gave back already is not given back a second time.
        const seatGivenBack = step.seats < 0 && (await releases.released(current.candidateId, current.id));
        if (seatGivenBack) placeActions.push(releases.markedCheck(current.candidateId, current.id));
        else if (step.seats < 0)
          placeActions.push(releases.notReleasedCheck(current.candidateId, current.id));
        if (step.seats !== 0 && !seatGivenBack) {
          const place = await places.get(current.placeId);
          if (!place && step.seats > 0) throw new ConflictError("Der Mentoringplatz existiert nicht mehr.");
          if (place) {
            if (step.seats > 0 && (place.status !== "published" || place.acceptedCount >= place.capacity)) {
              throw new ConflictError("Der Mentoringplatz hat keine freien Plätze mehr.");
            }
            const seats = Math.max(0, place.acceptedCount + step.seats);
            const nextPlace = { ...place, acceptedCount: seats, ...nextVersion(place, at) };
            placeActions.push(...places.replaceActions(place, nextPlace));
          }
        }
        const actions = {
          referral: [referrals.replaceAction(current, next)],
          place: placeActions,
          release: step.frees ? referrals.releaseActions(current) : [],
          counters: flowCounterActions(deps, eventCell(current, at), step.to),
          idempotency: extra(next),
        };
        // The version guards of referral and place lost a race: read again. Anything else is the twin request.
        await transactWrite(deps, actions, (name) =>
          name === "referral" || name === "place" ? new StaleRead() : twin(),
        );
        return next;
      });
    },
  };
}
