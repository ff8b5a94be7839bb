import { employerEvents } from "../db/employer-events.ts";
import { employerItems } from "../db/employer-items.ts";
import type { StoredMeasure } from "../db/stored-measure.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { berlinDay, isOverdue } from "../domain/employer-measure.ts";
import { ConflictError, NotFoundError, PreconditionFailedError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import type { EmployerMeasure, MeasureInput, MeasurePatch } from "../schemas/employer-measure.ts";
import { ownEmployer } from "./employer-access.ts";
import type { VersionCheck } from "./employers.ts";

/** What the API shows of a stored measure: `overdue` as of today, no bookkeeping. */
export const measureView = (m: StoredMeasure, today: string): EmployerMeasure => ({
  id: m.id,
  employerId: m.employerId,
  title: m.title,
  topic: m.topic as EmployerMeasure["topic"],
  due: m.due,
  status: m.status,
  adviser: m.adviser,
  overdue: isOverdue(m, today),
  version: m.version,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
});

/**
 * Measures agreed with an employer. The coach who agrees one is its adviser (told when it is
 * overdue, measure-due.ts). Agreeing counts a `measureAgreed` event, becoming done a
 * `measureDone` one (taken back if it is reopened), each in the measure's transaction.
 */
export function employerMeasureUseCases(deps: Deps) {
  const items = employerItems(deps);
  const events = employerEvents(deps);
  const today = () => berlinDay(deps.clock());

  return {
    async create(
      principal: Principal,
      employerId: string,
      input: MeasureInput,
      record: (m: EmployerMeasure) => TransactItem[],
    ): Promise<EmployerMeasure> {
      const { employer, statsKey } = await ownEmployer(deps, principal, employerId);
      const at = deps.clock().toISOString();
      const measure: StoredMeasure = {
        id: deps.newId(),
        employerId,
        org: employer.counsellingOrg,
        ...input,
        status: "agreed",
        adviser: principal.sub,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const view = measureView(measure, today());
      const counted = { employer, statsKey, date: today(), eventId: measure.id, topics: [input.topic] };
      await transactWrite(
        deps,
        {
          employer: [items.employerLives(employerId)],
          measure: [items.putMeasure(measure)],
          event: [events.put("measureAgreed", counted)],
          idempotency: record(view),
        },
        (failed) =>
          failed === "employer"
            ? new NotFoundError("Arbeitgeber nicht gefunden.")
            : new ConflictError(
                "Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen.",
              ),
      );
      return view;
    },

    async list(principal: Principal, employerId: string) {
      await ownEmployer(deps, principal, employerId);
      const day = today();
      return { items: (await items.measures(employerId)).map((m) => measureView(m, day)) };
    },

    /** A new status (and title or due date): a new due date may be told about again. */
    async update(
      principal: Principal,
      employerId: string,
      measureId: string,
      check: VersionCheck,
      patch: MeasurePatch,
    ): Promise<EmployerMeasure> {
      const { employer, statsKey } = await ownEmployer(deps, principal, employerId);
      const current = await items.measure(employerId, measureId);
      if (!current) throw new NotFoundError("Maßnahme nicht gefunden.");
      check(current);
      const day = today();
      const { doneOn: _done, ...rest } = current;
      const becomesDone = patch.status === "done" && current.status !== "done";
      const leavesDone = patch.status !== "done" && current.doneOn !== undefined;
      const next: StoredMeasure = {
        ...rest,
        ...patch,
        ...(patch.status === "done" ? { doneOn: current.doneOn ?? day } : {}),
        version: current.version + 1,
        updatedAt: deps.clock().toISOString(),
      };
      const eventActions = [
        ...(becomesDone
          ? [
              events.put("measureDone", {
                employer,
                statsKey,
                date: day,
                eventId: current.id,
                topics: [current.topic],
              }),
            ]
          : []),
        ...(leavesDone && current.doneOn
          ? [events.remove("measureDone", employer.counsellingOrg, current.doneOn, current.id)]
          : []),
      ];
      await transactWrite(
        deps,
        {
          employer: [items.employerLives(employerId)],
          measure: [items.putMeasure(next, current)],
          event: eventActions,
        },
        (failed) =>
          failed === "employer"
            ? new NotFoundError("Arbeitgeber nicht gefunden.")
            : new PreconditionFailedError(),
      );
      return measureView(next, day);
    },
  };
}
