import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { nameSortKey, searchWords } from "../domain/employer-search.ts";
import { PreconditionFailedError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { Employer } from "../schemas/employer.ts";
import { employerKey, employerListKey, employerWordIndexKey, employerWordKey } from "./keys.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

/** Set when an erasure has begun: the record is gone for every reader and writer. */
export const EMPLOYER_ERASING = "erasingSince";
/** Kept on the record, never shown: the key its figure events carry (employer-events.ts). */
export const STATS_KEY = "statsKey";
const HIDDEN = ["PK", "SK", "GSI1PK", "GSI1SK", "words", STATS_KEY, EMPLOYER_ERASING];

export interface StoredEmployer {
  employer: Employer;
  statsKey: string;
  erasing: boolean;
}

export const employerOf = (item: Record<string, unknown>): Employer => {
  const copy = { ...item };
  for (const key of HIDDEN) delete copy[key];
  return copy as unknown as Employer;
};

/** Passes only while the record exists and no erasure has begun: sessions and measures cannot outlive it. */
export const liveEmployerCondition = `attribute_exists(PK) AND attribute_not_exists(${EMPLOYER_ERASING})`;

/**
 * Employer records (keys.ts): the record, and one search word per distinct word of its name, each
 * carrying the record, so a search reads one index range and nothing else. Every write puts the
 * record and its words in one transaction, guarded by the version read.
 */
export function employerRepository(deps: Deps) {
  const table = deps.tableName;

  const itemsOf = (employer: Employer, statsKey: string) => {
    const words = searchWords(employer.name);
    const org = employer.counsellingOrg;
    const record = { ...employer, [STATS_KEY]: statsKey, words };
    return {
      words,
      record: {
        ...record,
        ...employerKey(employer.id),
        ...employerListKey(org, `${nameSortKey(employer.name)}#${employer.id}`),
      },
      word: (word: string) => ({
        ...record,
        ...employerWordKey(employer.id, word),
        ...employerWordIndexKey(org, `${word}#${employer.id}`),
      }),
    };
  };

  const put = (Item: Record<string, unknown>, condition?: { version: number }): TransactItem => ({
    Put: {
      TableName: table,
      Item,
      ...(condition
        ? {
            ConditionExpression: `#v = :v AND ${liveEmployerCondition}`,
            ExpressionAttributeNames: { "#v": "version" },
            ExpressionAttributeValues: { ":v": condition.version },
          }
        : { ConditionExpression: "attribute_not_exists(PK)" }),
    },
  });

  return {
    async getStored(id: string): Promise<StoredEmployer | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: employerKey(id), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      return {
        employer: employerOf(Item),
        statsKey: String(Item[STATS_KEY]),
        erasing: Item[EMPLOYER_ERASING] !== undefined,
      };
    },

    /** The record and its words, new: fails (the "employer" group) if the id is taken. */
    createActions(employer: Employer, statsKey: string): TransactItem[] {
      const items = itemsOf(employer, statsKey);
      return [put(items.record), ...items.words.map((w) => put(items.word(w)))];
    },

    /** A changed record: the record at the version read, its words rewritten, words it lost removed. */
    async replace(previous: StoredEmployer, next: Employer): Promise<void> {
      const items = itemsOf(next, previous.statsKey);
      const lost = searchWords(previous.employer.name).filter((w) => !items.words.includes(w));
      const actions: TransactItem[] = [
        put(items.record, previous.employer),
        // A word is rewritten whatever it held: the record's guard protects the whole transaction.
        ...items.words.map((w): TransactItem => ({ Put: { TableName: table, Item: items.word(w) } })),
        ...lost.map((w) => ({ Delete: { TableName: table, Key: employerWordKey(next.id, w) } })),
      ];
      await transactWrite(deps, { employer: actions }, () => new PreconditionFailedError());
    },
  };
}
