import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { Logger } from "../logger.ts";
import type { Deps } from "../runtime.ts";
import type { StreamChange, StreamReaction } from "./stream-changes.ts";

/**
 * A stream record as both sources deliver it: Lambda's DynamoDB event record and a record of
 * DynamoDB Streams' GetRecords (DynamoDB Local) have this shape; images are DynamoDB JSON.
 */
export interface StreamRecordLike {
  eventID?: string;
  eventName?: string;
  dynamodb?: {
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

/** Lambda's partial batch response (ReportBatchItemFailures): retry from this record on. */
export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

const EVENT_NAMES = new Set(["INSERT", "MODIFY", "REMOVE"]);

const image = (raw: Record<string, unknown> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

export function changeOf(record: StreamRecordLike): StreamChange {
  const eventName = record.eventName ?? "";
  if (!record.eventID || !EVENT_NAMES.has(eventName))
    throw new Error("Stream record without event id or name");
  const newItem = image(record.dynamodb?.NewImage);
  const oldItem = image(record.dynamodb?.OldImage);
  return {
    eventId: record.eventID,
    eventName: eventName as StreamChange["eventName"],
    ...(newItem ? { newItem } : {}),
    ...(oldItem ? { oldItem } : {}),
  };
}

/**
 * Runs every reaction on each record, in stream order. At the first record that fails, stops and
 * names it: Lambda (or the local poller) delivers it and everything after it again, so the order
 * holds and nothing is lost; reactions are idempotent, so the records before it and the reactions
 * that had succeeded do no harm when repeated.
 */
export async function processStreamBatch(
  deps: Deps,
  records: readonly StreamRecordLike[],
  reactions: readonly StreamReaction[],
  log?: Logger,
): Promise<BatchResult> {
  for (const record of records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? "";
    try {
      const change = changeOf(record);
      for (const reaction of reactions) {
        if (reaction.handles(change)) await reaction.react(deps, change);
      }
    } catch (error) {
      // Ids and the error only: images may hold personal data.
      log?.error("Stream record failed; it and the records after it are retried", {
        eventId: record.eventID,
        sequenceNumber,
        error,
      });
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
