import type { Deps } from "../runtime.ts";
import type { Employer, EmployerSize } from "../schemas/employer.ts";
import { employerEventKey } from "./keys.ts";
import type { TransactItem } from "./transact.ts";

/** What an employer figure counts (GET /statistics/employers), one item per counted thing. */
export const EMPLOYER_EVENT_KINDS = {
  session: "S",
  measureAgreed: "A",
  measureDone: "D",
  placeOnBehalf: "P",
  hire: "H",
} as const;
export type EmployerEventKind = keyof typeof EMPLOYER_EVENT_KINDS;

/**
 * A counted event: the employer's `statsKey` (its distinctness, nothing else), the dimensions the
 * figures group by as they were then, the day it counts on and the month it was recorded in (the
 * network's closed months leave out what was dated back into them later). No name, no contact,
 * no note: the counts survive the record's erasure and say nothing more than a count.
 */
export interface EmployerEvent {
  kind: EmployerEventKind;
  org: string;
  date: string;
  recordedMonth: string;
  statsKey: string;
  district: string;
  sector: string;
  size: EmployerSize;
  topics: string[];
}

/** The events of the employer records (keys.ts): written and removed in the business write's transaction. */
export function employerEvents(deps: Pick<Deps, "tableName" | "clock">) {
  const table = deps.tableName;
  const keyOf = (kind: EmployerEventKind, org: string, date: string, eventId: string) =>
    employerEventKey(date.slice(0, 7), org, EMPLOYER_EVENT_KINDS[kind], eventId);

  return {
    /**
     * Counts `eventId` (a session's, a measure's, a place's id: one event per thing and kind) on
     * `date` for the employer as it is now; a repeated put changes nothing that counts.
     */
    put(
      kind: EmployerEventKind,
      at: { employer: Employer; statsKey: string; date: string; eventId: string; topics?: string[] },
    ): TransactItem {
      const { employer } = at;
      const event: EmployerEvent = {
        kind,
        org: employer.counsellingOrg,
        date: at.date,
        recordedMonth: deps.clock().toISOString().slice(0, 7),
        statsKey: at.statsKey,
        district: employer.district.code,
        sector: employer.sector,
        size: employer.size,
        topics: at.topics ?? [],
      };
      return {
        Put: { TableName: table, Item: { ...keyOf(kind, event.org, at.date, at.eventId), ...event } },
      };
    },

    /** Uncounts it (a session deleted, a measure no longer done). */
    remove(kind: EmployerEventKind, org: string, date: string, eventId: string): TransactItem {
      return { Delete: { TableName: table, Key: keyOf(kind, org, date, eventId) } };
    },
  };
}
