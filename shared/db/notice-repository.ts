import { PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { Notification, NoticeType } from "../schemas/notification.ts";
import {
  candidateOfLink,
  noticeKey,
  noticeLinkKey,
  noticeListKey,
  noticePrefix,
  unreadNoticeKey,
} from "./keys.ts";
import { type PageRequest, queryPage } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** A notice as stored: the inbox entry plus whom it is for and which event made it. */
export interface StoredNotice extends Notification {
  recipient: string;
  org: string;
  eventId: string;
}

const NOTICE_FIELDS = ["id", "type", "createdAt", "readAt", "text", "link"] as const;

/** Is this table item (e.g. a stream image) a notice? */
export const isNoticeItem = (item: Record<string, unknown> | undefined): boolean =>
  typeof item?.SK === "string" && item.SK.startsWith(noticePrefix) && typeof item.PK === "string";

/** The candidate a notice item names (its GSI3 link), if any: the mails about it are linked too. */
export const linkedCandidate = (item: Record<string, unknown>): string | undefined =>
  typeof item.GSI3PK === "string" ? candidateOfLink(item.GSI3PK) : undefined;

/** The stored notice of a table item (keys and expiry dropped). */
export function storedNotice(item: Record<string, unknown>): StoredNotice {
  const own = Object.fromEntries(NOTICE_FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));
  return {
    ...(own as unknown as Notification),
    type: item.type as NoticeType,
    recipient: String(item.recipient),
    org: String(item.org),
    eventId: String(item.eventId),
  };
}

/** What the recipient sees: no recipient, organisation or event id. */
const inboxView = (item: Record<string, unknown>): Notification => {
  const { recipient: _r, org: _o, eventId: _e, ...view } = storedNotice(item);
  return view;
};

/**
 * Notices in their recipients' inboxes. Writes are conditional on the key, so a redelivered event
 * adds nothing; expired notices (TTL, which DynamoDB Local never applies) are filtered on read.
 */
export function noticeRepository(deps: Deps) {
  const table = deps.tableName;
  const nowEpoch = () => Math.floor(deps.clock().getTime() / 1000);
  const live = () => ({
    expression: `${TTL_ATTRIBUTE} > :nowEpoch`,
    values: { ":nowEpoch": nowEpoch() },
  });

  /** The notice's Put (only if new), for a transaction that writes it with what it tells about. */
  const addAction = (notice: StoredNotice, expiresAtEpoch: number, candidateId?: string) => {
    const sortKey = `${notice.createdAt}#${notice.id}`;
    return {
      Put: {
        TableName: table,
        Item: {
          ...notice,
          ...noticeKey(notice.recipient, notice.id),
          ...noticeListKey(notice.recipient, sortKey),
          ...unreadNoticeKey(notice.recipient, sortKey),
          ...(candidateId ? noticeLinkKey(candidateId, notice.recipient, notice.id) : {}),
          [TTL_ATTRIBUTE]: expiresAtEpoch,
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    };
  };

  return {
    addAction,

    /** False when the notice exists already (the same event delivered again). */
    async add(notice: StoredNotice, expiresAtEpoch: number, candidateId?: string): Promise<boolean> {
      try {
        await deps.db.send(new PutCommand(addAction(notice, expiresAtEpoch, candidateId).Put));
        return true;
      } catch (error) {
        if ((error as Error).name === "ConditionalCheckFailedException") return false;
        throw error;
      }
    },

    list: (sub: string, request: PageRequest) =>
      queryPage(deps, "GSI1", noticeListKey(sub).GSI1PK, request, inboxView, {}, live()),

    /** Unread notices that have not expired: reads the sparse unread index only. */
    async unreadCount(sub: string): Promise<number> {
      let count = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await deps.db.send(
          new QueryCommand({
            TableName: table,
            IndexName: "GSI2",
            KeyConditionExpression: "GSI2PK = :pk",
            FilterExpression: live().expression,
            ExpressionAttributeValues: { ":pk": unreadNoticeKey(sub).GSI2PK, ...live().values },
            Select: "COUNT",
            Limit: 100,
            ExclusiveStartKey: start,
          }),
        );
        count += page.Count ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
      return count;
    },

    /** Marks the own notice read (the first time counts) and takes it off the unread index. */
    async markRead(sub: string, id: string, at: string): Promise<Notification | undefined> {
      try {
        const { Attributes } = await deps.db.send(
          new UpdateCommand({
            TableName: table,
            Key: noticeKey(sub, id),
            UpdateExpression: "SET readAt = if_not_exists(readAt, :at) REMOVE GSI2PK, GSI2SK",
            ConditionExpression: `attribute_exists(PK) AND ${live().expression}`,
            ExpressionAttributeValues: { ":at": at, ...live().values },
            ReturnValues: "ALL_NEW",
          }),
        );
        return Attributes ? inboxView(Attributes) : undefined;
      } catch (error) {
        if ((error as Error).name === "ConditionalCheckFailedException") return undefined;
        throw error;
      }
    },
  };
}
