import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { MailContent, MailNotice } from "../domain/notice-mail.ts";
import type { Deps } from "../runtime.ts";
import {
  digestEntryKey,
  MAIL_DIGEST_PARTITION,
  MAIL_RETRY_PARTITION,
  mailMarkerKey,
  mailRetryKey,
} from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** A mail the service refused, waiting for its next attempt (content kept until then). */
export interface MailRetry extends MailContent {
  sub: string;
  mailId: string;
  dueAt: string;
  /** Attempts made so far. */
  attempts: number;
}

/** A notice waiting for its recipient's daily digest. */
export interface DigestEntry extends MailNotice {
  sub: string;
  noticeId: string;
}

const isConditionFailure = (error: unknown) =>
  ["ConditionalCheckFailedException", "TransactionCanceledException"].includes((error as Error).name);

/** Markers and queue entries expire with the notices they are about (90 days). */
const NINETY_DAYS_S = 90 * 86_400;

/**
 * The mail outbox's items: per mail a marker (`sending` → `sent` | `retry` → … | `failed`), per
 * refused mail a retry entry in one partition sorted by due time, per waiting notice a digest entry.
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
    async scheduleRetry(retry: MailRetry): Promise<void> {
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
                Item: { ...mailRetryKey(retry.dueAt, retry.sub, retry.mailId), ...retry, ...expiry() },
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

    /** Retries due by `now`, oldest first (one page: the sweep runs again in a few minutes). */
    async dueRetries(now: string, limit: number): Promise<MailRetry[]> {
      const { Items = [] } = await deps.db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: "PK = :pk AND SK <= :due",
          ExpressionAttributeValues: { ":pk": MAIL_RETRY_PARTITION, ":due": `${now}#\uffff` },
          Limit: limit,
        }),
      );
      return Items.map((item) => ({
        sub: String(item.sub),
        mailId: String(item.mailId),
        dueAt: String(item.dueAt),
        attempts: Number(item.attempts),
        subject: String(item.subject),
        text: String(item.text),
      }));
    },

    /** Takes a due retry (deletes its entry, marks the mail sending again); false if another sweep took it. */
    async takeRetry(retry: MailRetry): Promise<boolean> {
      try {
        await deps.db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: table,
                  Key: mailRetryKey(retry.dueAt, retry.sub, retry.mailId),
                  ConditionExpression: "attribute_exists(PK)",
                },
              },
              {
                Update: {
                  TableName: table,
                  Key: mailMarkerKey(retry.sub, retry.mailId),
                  UpdateExpression: "SET #state = :sending",
                  ConditionExpression: "#state = :retry",
                  ExpressionAttributeNames: { "#state": "state" },
                  ExpressionAttributeValues: { ":sending": "sending", ":retry": "retry" },
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Keeps a notice for its recipient's next digest (idempotent: keyed by the notice). */
    async enqueueDigest(entry: DigestEntry): Promise<void> {
      await deps.db.send(
        new PutCommand({
          TableName: table,
          Item: { ...digestEntryKey(entry.sub, entry.noticeId), ...entry, ...expiry() },
        }),
      );
    },

    /** Every waiting digest entry, grouped by recipient (the partition holds only unsent ones). */
    async digestEntries(): Promise<Map<string, DigestEntry[]>> {
      const bySub = new Map<string, DigestEntry[]>();
      let start: Record<string, unknown> | undefined;
      do {
        const page = await deps.db.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: "PK = :pk",
            ExpressionAttributeValues: { ":pk": MAIL_DIGEST_PARTITION },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const entry: DigestEntry = {
            sub: String(item.sub),
            noticeId: String(item.noticeId),
            type: String(item.type),
            text: String(item.text),
            link: String(item.link),
            createdAt: String(item.createdAt),
          };
          bySub.set(entry.sub, [...(bySub.get(entry.sub) ?? []), entry]);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return bySub;
    },

    async removeDigestEntries(entries: readonly DigestEntry[]): Promise<void> {
      await Promise.all(
        entries.map((entry) =>
          deps.db.send(
            new DeleteCommand({ TableName: table, Key: digestEntryKey(entry.sub, entry.noticeId) }),
          ),
        ),
      );
    },
  };
}
