import type { MeasureStatus } from "../schemas/employer.ts";
import { employerMeasureKey, measureDueKey } from "./keys.ts";

/**
 * A measure as the table holds it: its fields, its keys and index entry, and the guard of a change.
 * Apart from employer-items.ts, which reads and writes sessions and measures in their employer's partition.
 */

/** A measure as stored: the view's fields (but `overdue`, computed on read) and the job's bookkeeping. */
export interface StoredMeasure {
  id: string;
  employerId: string;
  /** The counselling organisation (the notice's recipient organisation). */
  org: string;
  title: string;
  topic: string;
  due: string;
  status: MeasureStatus;
  adviser: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The day it became done (its `measureDone` figure event is dated so). */
  doneOn?: string;
  /** The due date its adviser was told about (employer.measureDue): once per due date. */
  notifiedDue?: string;
}

/**
 * The version read, and the due date told about as read: the due-date job claims a measure
 * without a new version (its adviser's ETag stays), so a change racing the claim fails (412)
 * rather than putting an already told measure back on the index.
 */
export const measureChangeGuard = (previous: StoredMeasure) => ({
  ConditionExpression: `#v = :v AND ${previous.notifiedDue === undefined ? "attribute_not_exists(notifiedDue)" : "notifiedDue = :told"}`,
  ExpressionAttributeNames: { "#v": "version" },
  ExpressionAttributeValues: {
    ":v": previous.version,
    ...(previous.notifiedDue === undefined ? {} : { ":told": previous.notifiedDue }),
  },
});

/** The measure's item: while it is open and its adviser has not been told about this due date, it sits in the due index (GSI2). */
export function measureItem(measure: StoredMeasure): Record<string, unknown> {
  const awaitsNotice =
    (measure.status === "agreed" || measure.status === "in-progress") && measure.notifiedDue !== measure.due;
  return {
    ...measure,
    ...employerMeasureKey(measure.employerId, measure.id),
    ...(awaitsNotice ? measureDueKey(measure.due, measure.id) : {}),
  };
}
