import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { PreconditionFailedError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { candidateKey, candidateListKey } from "./keys.ts";
import { type Page, type PageRequest, queryPage, withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import { type TransactItem, transactWrite, versionGuard } from "./transact.ts";

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK", TTL_ATTRIBUTE];

const fromItem = (item: Record<string, unknown>) => withoutKeys<Candidate>(item, KEY_ATTRIBUTES);

/**
 * Candidates expire (retention): DynamoDB TTL removes them in AWS within days, and DynamoDB Local
 * never does, so every read filters on `expiresAt` as well.
 */
export function candidateRepository(deps: Deps) {
  const table = deps.tableName;
  const now = () => deps.clock().toISOString();

  const toItem = (candidate: Candidate) => ({
    ...candidate,
    ...candidateKey(candidate.id),
    ...candidateListKey(candidate.org, candidate.id),
    [TTL_ATTRIBUTE]: Math.floor(Date.parse(candidate.expiresAt) / 1000),
  });

  return {
    async get(id: string): Promise<Candidate | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: candidateKey(id), ConsistentRead: true }),
      );
      return Item && String(Item.expiresAt) > now() ? fromItem(Item) : undefined;
    },

    createAction: (candidate: Candidate): TransactItem => ({
      Put: { TableName: table, Item: toItem(candidate), ConditionExpression: "attribute_not_exists(PK)" },
    }),

    replaceAction: (previous: Candidate, next: Candidate): TransactItem => ({
      Put: {
        TableName: table,
        Item: toItem(next),
        ...versionGuard(previous.version),
      },
    }),

    async replace(previous: Candidate, next: Candidate): Promise<void> {
      await transactWrite(
        deps,
        { candidate: [this.replaceAction(previous, next)] },
        () => new PreconditionFailedError(),
      );
    },

    listByOrg: (org: string, request: PageRequest): Promise<Page<Candidate>> =>
      queryPage(
        deps,
        "GSI1",
        candidateListKey(org).GSI1PK,
        request,
        fromItem,
        {},
        {
          // Discards only expired candidates that TTL has not removed yet.
          expression: "expiresAt > :now",
          values: { ":now": now() },
        },
      ),
  };
}
