import { candidateConsentWrites } from "../db/candidate-consent-writes.ts";
import { candidateRepository } from "../db/candidate-repository.ts";
import { consentRepository } from "../db/consent-repository.ts";
import { type RetryPolicy, withRetries } from "../db/retry.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { recordConsents, withdrawConsent } from "../domain/consent.ts";
import { ConflictError, PreconditionFailedError, ServiceUnavailableError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { ConsentEvent, ConsentInput, ConsentScope } from "../schemas/consent.ts";
import { type ErasureCheck, eraseCandidate } from "./candidate-erasure.ts";
import { moveDependentsExpiry } from "./candidate-dependents.ts";
import { withdrawOpenReferrals } from "./erasure-withdrawal.ts";
import { candidateExpiry, followupRecorded } from "./participation.ts";
import { ownCandidate } from "./own-candidate.ts";

/** A write lost to a concurrent change of the candidate: read again, a bounded number of times. */
const STALE_READS: RetryPolicy = { attempts: 6, baseMs: 10, capMs: 320 };
class StaleRead extends Error {}
const busy = () =>
  new ServiceUnavailableError(
    "Zu viele gleichzeitige Änderungen an dieser Kandidat:in; bitte erneut versuchen.",
  );
const twin = () =>
  new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.");

/** What the candidate's item holds without a scope: withdrawing `esf-data` removes the ESF Plus data. */
function withoutScopeData(candidate: Candidate, scope: ConsentScope): Candidate {
  if (scope !== "esf-data") return candidate;
  const { esf: _esf, ...rest } = candidate;
  return rest;
}

/**
 * Consent use cases (PRODUCT.md "Consent, participation and the funder's figures"): record what
 * the candidate agreed to, and withdraw a scope with its effects. Each change is one transaction
 * over the candidate (version-guarded) and its history entries.
 */
export function consentUseCases(deps: Deps) {
  const candidates = candidateRepository(deps);
  const consentWrites = candidateConsentWrites(deps);
  const history = consentRepository(deps);
  const now = () => deps.clock().toISOString();

  /** The candidate's next state and its history entries, written together or not at all. */
  const write = (current: Candidate, next: Candidate, events: ConsentEvent[]) => ({
    candidate: [consentWrites.consentAction(current, next, "esf" in current && !("esf" in next))],
    history: history.eventActions(current.id, next.version, events, next.expiresAt),
  });

  /** A consent recorded or withdrawn is activity: the expiry moves as on any change (retention.ts). */
  const expiryAt = async (current: Candidate, at: string) =>
    candidateExpiry(deps, {
      lastActivity: at,
      exit: current.exit,
      followupRecorded: await followupRecorded(deps, current.id),
    });

  /**
   * Withdraws the candidate's open referrals the way a coach does (seats back, `referral.withdrawn`
   * to the partner, nothing about the person). A referral changed meanwhile is read again.
   */
  async function closeReferrals(candidateId: string, principal: Principal) {
    const actor = { sub: principal.sub, role: principal.roles.includes("admin") ? "admin" : "coach" };
    class Lost extends Error {}
    return withRetries(
      "consent referral withdrawal",
      STALE_READS,
      async () =>
        withdrawOpenReferrals(deps, await history.openReferralItems(candidateId), actor, () => new Lost()),
      { retryable: (error) => error instanceof Lost, giveUp: busy },
    );
  }

  return {
    /** Records the scopes as given; a concurrent change of the candidate is read again and retried. */
    record: (
      principal: Principal,
      id: string,
      input: ConsentInput,
      record: (c: Candidate) => TransactItem[],
    ) =>
      withRetries(
        "consent record",
        STALE_READS,
        async () => {
          const current = await ownCandidate(deps, principal, id);
          const at = now();
          const { consents, events } = recordConsents(current.consents, input, at);
          const next: Candidate = {
            ...current,
            consents,
            ...nextVersion(current, at),
            expiresAt: await expiryAt(current, at),
          };
          await transactWrite(deps, { ...write(current, next, events), idempotency: record(next) }, (name) =>
            name === "candidate" ? new StaleRead() : twin(),
          );
          await moveDependentsExpiry(deps, id, current.expiresAt, next.expiresAt);
          return next;
        },
        { retryable: (error) => error instanceof StaleRead, giveUp: busy },
      ),

    /**
     * Withdraws one scope. `store` erases the candidate (as DELETE /candidates/{id}, logged as
     * `consent`); `share-profile` withdraws its open referrals; `esf-data` removes its ESF Plus
     * data in the same write. A scope withdrawn already only finishes what its withdrawal does.
     */
    async withdraw(
      principal: Principal,
      id: string,
      scope: ConsentScope,
      date: string | undefined,
      check: ErasureCheck,
    ) {
      if (scope === "store") {
        const stored = await candidates.getStored(id);
        // The rules (a recorded consent, a valid date) hold for a live candidate; an erasure under
        // way is only finished.
        if (stored && !stored.erasing)
          await ownCandidate(deps, principal, id).then((c) =>
            withdrawConsent(c.consents, scope, date, now()),
          );
        return { erased: await eraseCandidate(deps, principal, id, check, "consent") };
      }
      const current = await ownCandidate(deps, principal, id);
      const at = now();
      const withdrawal = withdrawConsent(current.consents, scope, date, at);
      if (withdrawal.event) {
        check(current);
        const next: Candidate = {
          ...withoutScopeData(current, scope),
          consents: withdrawal.consents,
          ...nextVersion(current, at),
          expiresAt: await expiryAt(current, at),
        };
        await transactWrite(
          deps,
          write(current, next, [withdrawal.event]),
          () => new PreconditionFailedError(),
        );
        await moveDependentsExpiry(deps, id, current.expiresAt, next.expiresAt);
      } else check(undefined);
      const withdrawn = scope === "share-profile" ? await closeReferrals(id, principal) : 0;
      return { withdrawn };
    },
  };
}
