import type { Deps } from "../runtime.ts";

/** A table item as DynamoDB holds it (keys included), unmarshalled. */
export type TableItem = Record<string, unknown>;

/**
 * One change of the table, from its stream (NEW_AND_OLD_IMAGES): on AWS a Lambda event record,
 * locally a record of DynamoDB Local's stream. `eventId` is the same every time the record is
 * delivered again, so reactions key their effects on it.
 */
export interface StreamChange {
  eventId: string;
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  newItem?: TableItem;
  oldItem?: TableItem;
}

/**
 * Something that follows from a change. `react` must be idempotent: a failing record is delivered
 * again with every reaction, including those that had succeeded.
 */
export interface StreamReaction {
  name: string;
  handles(change: StreamChange): boolean;
  react(deps: Deps, change: StreamChange): Promise<void>;
}
