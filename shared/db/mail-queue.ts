import { DeleteCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import {
  candidateOfLink,
  digestEntryKey,
  MAIL_DIGEST_PARTITION,
  MAIL_RETRY_PARTITION,
  mailMarkerKey,
  mailRetryKey,
} from "./keys.ts";
import { type DigestEntry, isConditionFailure, type MailRetry } from "./mail-repository.ts";

/**
 * What the mail schedule (functions/notice-mail) reads and removes: due retries, taken one by one,
 * and the notices waiting for the daily digest. Kept apart from mail-repository.ts so the stream
 * consumer, which only writes, is granted no Delete.
 */
export function mailQueue(deps: Deps) {
  const table = deps.tableName;
  return {
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
        // Kept linked through the next attempts: erasing the candidate still finds the entry.
        ...(typeof item.GSI3PK === "string" ? { candidateId: candidateOfLink(item.GSI3PK) } : {}),
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
