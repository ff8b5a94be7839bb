import { alertActions } from "../db/alert-index.ts";
import { candidateRepository } from "../db/candidate-repository.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { nextVersion } from "../domain/versioned.ts";
import { resolveProfileReferences } from "../reference/resolve.ts";
import type { Deps } from "../runtime.ts";
import { type Candidate, candidateFields } from "../schemas/candidate.ts";
import { moveDependentsExpiry } from "./candidate-dependents.ts";
import { ownFields, patchedOwnReference } from "./candidate-references.ts";
import { CaseNumberTaken, withCaseNumber } from "./case-numbers.ts";
import { ownCandidate } from "./own-candidate.ts";
import { candidateExpiry, followupRecorded, participationOf, withoutRemoved } from "./participation.ts";
import { personCountActions } from "./person-counts.ts";

/** Checks the caller's precondition (If-Match) against the candidate before it changes. */
export type VersionCheck = (current: { version: number }) => void;

/** Who is told about new matches of a candidate saved with alerts: its coach; an admin's save, the org's coaches. */
const alertCoach = (principal: Principal, org: string) =>
  hasRole(principal, "coach") && principal.org === org ? principal.sub : undefined;

/** Candidate use cases: the one next-state rule, create, update (retention of everything), read. */
export function candidateUseCases(deps: Deps) {
  const candidates = candidateRepository(deps);

  /** Validates the whole profile and the participation, resolves references, sets the expiry (retention.ts). */
  function nextState(
    current: Candidate | undefined,
    org: string,
    reference: string,
    body: unknown,
    esfGiven: boolean,
    followupRecorded = false,
  ): Candidate {
    const { entryDate, exit, esf, ...fields } = parseOrThrow(candidateFields, body);
    const { location, recognition } = resolveProfileReferences(fields);
    const at = deps.clock().toISOString();
    const participation = participationOf(current, { entryDate, exit, esf }, esfGiven, at.slice(0, 10));
    const { id, createdAt } = current ?? { id: deps.newId(), createdAt: at };
    return {
      id,
      org,
      reference,
      ...fields,
      ...(recognition ? { recognition } : {}),
      location,
      ...participation,
      // Consents change only through their own routes (shared/app/consents.ts).
      consents: current?.consents ?? [],
      createdAt,
      ...nextVersion(current, at),
      expiresAt: candidateExpiry(deps, { lastActivity: at, exit: participation.exit, followupRecorded }),
    };
  }

  /** The caller's live candidate; another organisation's is indistinguishable from a missing one. */
  const own = (principal: Principal, id: string): Promise<Candidate> => ownCandidate(deps, principal, id);

  return {
    own,

    /**
     * Stores a new candidate under the next case number of its organisation, in one transaction
     * with the counter and with `record(candidate)` (the idempotency record of its answer).
     */
    async create(principal: Principal, body: unknown, record: (c: Candidate) => TransactItem[]) {
      const fields = ownFields(body);
      return withCaseNumber(deps, principal.org, async (reference, counter) => {
        const candidate = nextState(undefined, principal.org, reference, fields, fields.esf !== undefined);
        const people = await personCountActions(deps, candidate, candidate.createdAt);
        await transactWrite(
          deps,
          {
            caseNumber: [counter],
            candidate: [candidates.createAction(candidate, people.countedActive)],
            alerts: alertActions(deps.tableName, undefined, candidate, alertCoach(principal, candidate.org)),
            people: people.actions,
            idempotency: record(candidate),
          },
          (failed) =>
            failed === "caseNumber"
              ? new CaseNumberTaken()
              : new ConflictError(
                  "Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
                ),
        );
        return candidate;
      });
    },

    list: (principal: Principal, query: { limit?: number; cursor?: string; org?: string }) =>
      candidates.listByOrg(hasRole(principal, "admin") && query.org ? query.org : principal.org, {
        limit: query.limit ?? 20,
        cursor: query.cursor,
      }),

    /** A PATCH: the stored profile with the changes, validated whole; retention restarts. */
    async update(principal: Principal, id: string, check: VersionCheck, changes: Record<string, unknown>) {
      const current = await own(principal, id);
      check(current);
      const followup = await followupRecorded(deps, id);
      const { reference: _r, ownReference: _o, ...profile } = changes;
      const {
        id: _i,
        org,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        expiresAt: _e,
        consents: _k,
        ...kept
      } = current;
      const { reference, ownReference: _own, ...rest } = kept;
      const next = nextState(
        current,
        org,
        reference,
        withoutRemoved({
          ...rest,
          location: { postalCode: current.location.postalCode },
          ...profile,
          ...patchedOwnReference(current, changes),
        }),
        changes.esf !== undefined && changes.esf !== null,
        followup,
      );
      const people = await personCountActions(deps, next, next.updatedAt);
      await candidates.replace(
        current,
        next,
        [
          ...alertActions(deps.tableName, current, next, alertCoach(principal, org)),
          // Counted once ever (person-counts.ts); a concurrent count moved the marker: 412, reload.
          ...people.actions,
        ],
        people.countedActive,
      );
      await moveDependentsExpiry(deps, next.id, current.expiresAt, next.expiresAt);
      return next;
    },
  };
}
