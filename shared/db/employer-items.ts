import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { EmployerSession } from "../schemas/employer-session.ts";
import { liveEmployerCondition } from "./employer-repository.ts";
import {
  employerKey,
  employerMeasureKey,
  employerPartition,
  employerSessionKey,
  MEASURE_PREFIX,
  SESSION_PREFIX,
} from "./keys.ts";
import { measureChangeGuard, measureItem, type StoredMeasure } from "./stored-measure.ts";
import type { TransactItem } from "./transact.ts";

const KEYS = ["PK", "SK", "GSI2PK", "GSI2SK"];
const strip = <T>(item: Record<string, unknown>): T => {
  const copy = { ...item };
  for (const key of KEYS) delete copy[key];
  return copy as T;
};

/** Sessions and measures, in their employer's partition (keys.ts): erased with it, read by key. */
export function employerItems(deps: Deps) {
  const table = deps.tableName;

  const partition = async (employerId: string, prefix: string) => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await deps.db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: "PK = :pk AND begins_with(SK, :prefix)",
          ExpressionAttributeValues: { ":pk": employerPartition(employerId), ":prefix": prefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };

  const get = async (key: Record<string, string>) =>
    (await deps.db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;

  return {
    /** Passes while the employer record lives: a session or measure is never added to an erased one. */
    employerLives: (employerId: string): TransactItem => ({
      ConditionCheck: {
        TableName: table,
        Key: employerKey(employerId),
        ConditionExpression: liveEmployerCondition,
      },
    }),

    putSession: (session: EmployerSession): TransactItem => ({
      Put: {
        TableName: table,
        Item: { ...session, ...employerSessionKey(session.employerId, session.id) },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    }),

    deleteSession: (session: EmployerSession): TransactItem => ({
      Delete: {
        TableName: table,
        Key: employerSessionKey(session.employerId, session.id),
        ConditionExpression: "attribute_exists(PK)",
      },
    }),

    async session(employerId: string, id: string): Promise<EmployerSession | undefined> {
      const item = await get(employerSessionKey(employerId, id));
      return item && strip<EmployerSession>(item);
    },

    /** The employer's sessions, newest day first (then newest recorded). */
    async sessions(employerId: string): Promise<EmployerSession[]> {
      const items = (await partition(employerId, SESSION_PREFIX)).map((i) => strip<EmployerSession>(i));
      return items.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
    },

    /** A measure, new (`previous` undefined) or at the version read (stored-measure.ts). */
    putMeasure: (measure: StoredMeasure, previous?: StoredMeasure): TransactItem => ({
      Put: {
        TableName: table,
        Item: measureItem(measure),
        ...(previous ? measureChangeGuard(previous) : { ConditionExpression: "attribute_not_exists(PK)" }),
      },
    }),

    async measure(employerId: string, id: string): Promise<StoredMeasure | undefined> {
      const item = await get(employerMeasureKey(employerId, id));
      return item && strip<StoredMeasure>(item);
    },

    /** The employer's measures, earliest due first. */
    async measures(employerId: string): Promise<StoredMeasure[]> {
      const items = (await partition(employerId, MEASURE_PREFIX)).map((i) => strip<StoredMeasure>(i));
      return items.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
    },
  };
}
