import { PutCommand, TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { MailContent, MailNotice } from "../domain/notice-mail.ts";
import type { Deps } from "../runtime.ts";
import { digestEntryKey, mailLinkKey, mailMarkerKey, mailRetryKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** A mail the service refused, waiting for its next attempt (content kept until then). */
export interface MailRetry extends MailContent {
  sub: string;
  mailId: string;
  /** The candidate the mail's notice names, if any: the entry is erased with it (GSI3). */
  candidateId?: string;
  dueAt: string;
  /** Attempts made so far. */
  attempts: number;
}

/** A notice waiting for its recipient's daily digest. */
export interface DigestEntry extends MailNotice {
  sub: string;
  noticeId: string;
  /** The candidate the notice names, if any: the entry is erased with it (GSI3). */
  candidateId?: string;
}

/** A queued mail's link to the candidate its notice names: GSI3 keys, not the id as a field. */
const linked = (candidateId: string | undefined, sub: string, mailId: string) =>
  candidateId ? mailLinkKey(candidateId, sub, mailId) : {};

export const isConditionFailure = (error: unknown) =>
  ["ConditionalCheckFailedException", "TransactionCanceledException"].includes((error as Error).name);

/** Markers and queue entries expire with the notices they are about (90 days). */
const NINETY_DAYS_S = 90 * 86_400;

/**
 * The mail outbox's writes: per mail a marker (`sending` → `sent` | `retry` → … | `failed`), per
 * refused mail a retry entry in one partition sorted by due time, per waiting notice a digest
 * entry. What the stream consumer needs; the schedule's reads and removals are in mail-queue.ts.
 */
export function mailRepository(deps: Deps) {
  const table = deps.tableName;
  const expiry = () => ({ [TTL_ATTRIBUTE]: Math.floor(deps.clock().getTime() / 1000) + NINETY_DAYS_S });

  return {
    /** Takes the mail for sending; false when it was taken before (this mail is never sent twice). */
    async claim(sub: string, mailId: string): Promise<boolean> {
      try {
        await deps.db.send(
          new PutCommand({
            TableName: table,
            Item: {
              ...mailMarkerKey(sub, mailId),
              state: "sending",
              attempts: 0,
              claimedAt: deps.clock().toISOString(),
              ...expiry(),
            },
            ConditionExpression: "attribute_not_exists(PK)",
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async markSent(sub: string, mailId: string, attempts: number): Promise<void> {
      await deps.db.send(
        new UpdateCommand({
          TableName: table,
          Key: mailMarkerKey(sub, mailId),
          UpdateExpression: "SET #state = :sent, attempts = :attempts, sentAt = :at",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: {
            ":sent": "sent",
            ":attempts": attempts,
            ":at": deps.clock().toISOString(),
          },
        }),
      );
    },

    /** The marker waits for a retry, and the retry entry holds what to send: both or neither. */
    async scheduleRetry({ candidateId, ...retry }: MailRetry): Promise<void> {
      await deps.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: mailMarkerKey(retry.sub, retry.mailId),
                UpdateExpression: "SET #state = :retry, attempts = :attempts, nextAttemptAt = :due",
                ExpressionAttributeNames: { "#state": "state" },
                ExpressionAttributeValues: {
                  ":retry": "retry",
                  ":attempts": retry.attempts,
                  ":due": retry.dueAt,
                },
              },
            },
            {
              Put: {
                TableName: table,
                Item: {
                  ...mailRetryKey(retry.dueAt, retry.sub, retry.mailId),
                  ...retry,
                  ...linked(candidateId, retry.sub, retry.mailId),
                  ...expiry(),
                },
              },
            },
          ],
        }),
      );
    },

    /** Gave up after the last attempt: the notice stays in the inbox, the mail is not sent. */
    async markFailed(sub: string, mailId: string, attempts: number, reason: string): Promise<void> {
      await deps.db.send(
        new UpdateCommand({
          TableName: table,
          Key: mailMarkerKey(sub, mailId),
          UpdateExpression:
            "SET #state = :failed, attempts = :attempts, reason = :reason REMOVE nextAttemptAt",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":failed": "failed", ":attempts": attempts, ":reason": reason },
        }),
      );
    },

    /** Keeps a notice for its recipient's next digest (idempotent: keyed by the notice). */
    async enqueueDigest({ candidateId, ...entry }: DigestEntry): Promise<void> {
      await deps.db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...digestEntryKey(entry.sub, entry.noticeId),
            ...entry,
            ...linked(candidateId, entry.sub, `D#${entry.noticeId}`),
            ...expiry(),
          },
        }),
      );
    },
  };
}
