import { ConflictError, ServiceUnavailableError } from "../domain/errors.ts";
import { type ReferralAction, transition } from "../domain/referral-workflow.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { nextVersion } from "../domain/versioned.ts";
import { listingKey } from "./keys.ts";
import { listingRepository } from "./listing-repository.ts";
import { referralRepository, type StoredReferral } from "./referral-repository.ts";
import { flowCounterActions } from "./statistics-counters.ts";
import { type RetryPolicy, withRetries } from "./retry.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

/** A referral event counts where the candidate lives, in its Berufsgruppe (statistics). */
const eventCell = (r: StoredReferral, at: string) => ({
  org: r.org,
  district: r.profile.district.code,
  group: kldbGroup(r.profile.occupation),
  at,
});

/** A version guard lost to a concurrent write: read again and retry. */
class StaleRead extends Error {}

/** Lost races on one place: read again, a bounded number of times (retry.ts). */
const STALE_READS: RetryPolicy = { attempts: 8, baseMs: 10, capMs: 320 };
const MAX_REFERRALS_PER_CANDIDATE = 30;

export interface Actor {
  sub: string;
  role: string;
}

/**
 * Referral writes that must not oversell a place: each is one transaction over the referral, the
 * place (acceptedCount, version-guarded, with its match entries) and the one-active-referral
 * guard. A lost race re-reads and retries a bounded number of times.
 */
export function referralStore(deps: Deps) {
  const referrals = referralRepository(deps);
  const places = listingRepository<MentoringPlace>(deps, "place");
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
      if ((await referrals.countForCandidate(candidate.id)) >= MAX_REFERRALS_PER_CANDIDATE) {
        throw new ConflictError(`Höchstens ${MAX_REFERRALS_PER_CANDIDATE} Vermittlungen je Kandidat:in.`);
      }
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
      const stillOpen: TransactItem = {
        ConditionCheck: {
          TableName: deps.tableName,
          Key: listingKey("place", place.id),
          ConditionExpression: "#s = :published AND #taken < #capacity",
          ExpressionAttributeNames: { "#s": "status", "#taken": "acceptedCount", "#capacity": "capacity" },
          ExpressionAttributeValues: { ":published": "published" },
        },
      };
      const counted = flowCounterActions(deps, eventCell(referral, at), "proposed");
      const actions = {
        ...referrals.createActions(referral),
        placeOpen: [stillOpen],
        idempotency: extra(referral),
        counters: counted,
      };
      await transactWrite(deps, actions, (name) =>
        name === "activeGuard"
          ? new ConflictError("Diese Person ist für diesen Platz bereits vorgeschlagen.")
          : name === "placeOpen"
            ? new ConflictError("Der Mentoringplatz ist nicht mehr frei.")
            : new ConflictError(
                "Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
              ),
      );
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
        if (step.seats !== 0) {
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
          release: step.frees ? [referrals.releaseGuardAction(current)] : [],
          counters: flowCounterActions(deps, eventCell(current, at), step.to),
          idempotency: extra(next),
        };
        // The version guards of referral and place lost a race: read again. Anything else is the twin request.
        await transactWrite(deps, actions, (name) =>
          name === "referral" || name === "place"
            ? new StaleRead()
            : new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig."),
        );
        return next;
      });
    },
  };
}
