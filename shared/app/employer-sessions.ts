import { employerEvents } from "../db/employer-events.ts";
import { employerItems } from "../db/employer-items.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError, NotFoundError, PreconditionFailedError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import type { EmployerSession, SessionInput } from "../schemas/employer-session.ts";
import { ownEmployer } from "./employer-access.ts";
import type { VersionCheck } from "./employers.ts";

const gone = () => new NotFoundError("Arbeitgeber nicht gefunden.");

/**
 * Counselling sessions with an employer. Each counts in the figures (a `session` event with its
 * topics, in the same transaction), never with its note, which stays in the organisation.
 */
export function employerSessionUseCases(deps: Deps) {
  const items = employerItems(deps);
  const events = employerEvents(deps);

  return {
    async create(
      principal: Principal,
      employerId: string,
      input: SessionInput,
      record: (s: EmployerSession) => TransactItem[],
    ): Promise<EmployerSession> {
      const { employer, statsKey } = await ownEmployer(deps, principal, employerId);
      const session: EmployerSession = {
        id: deps.newId(),
        employerId,
        ...input,
        recordedBy: principal.sub,
        version: 1,
        createdAt: deps.clock().toISOString(),
      };
      const counted = { employer, statsKey, date: session.date, eventId: session.id, topics: session.topics };
      await transactWrite(
        deps,
        {
          employer: [items.employerLives(employerId)],
          session: [items.putSession(session)],
          event: [events.put("session", counted)],
          idempotency: record(session),
        },
        (failed) =>
          failed === "employer"
            ? gone()
            : new ConflictError(
                "Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
              ),
      );
      return session;
    },

    async list(principal: Principal, employerId: string) {
      await ownEmployer(deps, principal, employerId);
      return { items: await items.sessions(employerId) };
    },

    /** Removes a session recorded by mistake, and its count. */
    async remove(principal: Principal, employerId: string, sessionId: string, check: VersionCheck) {
      const { employer } = await ownEmployer(deps, principal, employerId);
      const session = await items.session(employerId, sessionId);
      if (!session) throw new NotFoundError("Beratung nicht gefunden.");
      check(session);
      await transactWrite(
        deps,
        {
          session: [items.deleteSession(session)],
          event: [events.remove("session", employer.counsellingOrg, session.date, session.id)],
        },
        () => new PreconditionFailedError(),
      );
    },
  };
}
