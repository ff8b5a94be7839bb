import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { activeScopes } from "../domain/consent.ts";
import { PreconditionFailedError } from "../domain/errors.ts";
import type { CountedCell } from "../domain/participant-counts.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { epochOf } from "./candidate-items.ts";
import {
  ACTIVE_SCOPES,
  COUNTED_ACTIVE,
  candidateFromItem as fromItem,
  ERASING,
  readLiveCandidate,
  readStoredCandidate,
  type StoredCandidate,
} from "./candidate-read.ts";
import { candidateKey, candidateListKey } from "./keys.ts";
import { type Page, type PageRequest, queryPage } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import { type TransactItem, transactWrite, versionGuard } from "./transact.ts";

export type { StoredCandidate };

/**
 * Candidates expire (retention): DynamoDB TTL removes them in AWS within days, and DynamoDB Local
 * never does, so every read filters on `expiresAt` as well.
 */
export function candidateRepository(deps: Deps) {
  const table = deps.tableName;
  const now = () => deps.clock().toISOString();

  const toItem = (candidate: Candidate, countedActive?: CountedCell) => ({
    ...candidate,
    ...candidateKey(candidate.id),
    ...candidateListKey(candidate.org, candidate.id),
    [TTL_ATTRIBUTE]: epochOf(candidate.expiresAt),
    [ACTIVE_SCOPES]: activeScopes(candidate.consents),
    ...(countedActive ? { [COUNTED_ACTIVE]: countedActive } : {}),
  });

  return {
    getStored: (id: string): Promise<StoredCandidate | undefined> => readStoredCandidate(deps, id),

    /** A live candidate: not expired, not being erased. */
    get: (id: string): Promise<Candidate | undefined> => readLiveCandidate(deps, id),

    /** `countedActive`: the cell the person counts as active in (person-counts.ts), carried on the item. */
    createAction: (candidate: Candidate, countedActive?: CountedCell): TransactItem => ({
      Put: {
        TableName: table,
        Item: toItem(candidate, countedActive),
        ConditionExpression: "attribute_not_exists(PK)",
      },
    }),

    /** Passes only while the candidate is at this version: a referral cannot outlive a change or erasure. */
    unchangedCheck: (candidate: Candidate): TransactItem => ({
      ConditionCheck: {
        TableName: table,
        Key: candidateKey(candidate.id),
        ...versionGuard(candidate.version),
      },
    }),

    /**
     * A recorded milestone is activity: the candidate's expiry moves (retention.ts) while it is at
     * the version read — the profile, its version and its ETag stay as they are.
     */
    expiryAction: (candidate: Candidate, expiresAt: string, countedActive?: CountedCell): TransactItem => {
      const guard = versionGuard(candidate.version);
      return {
        Update: {
          TableName: table,
          Key: candidateKey(candidate.id),
          UpdateExpression: `SET expiresAt = :e, #ttl = :ttl${countedActive ? ", #ca = :ca" : " REMOVE #ca"}`,
          ConditionExpression: guard.ConditionExpression,
          ExpressionAttributeNames: {
            ...guard.ExpressionAttributeNames,
            "#ttl": TTL_ATTRIBUTE,
            "#ca": COUNTED_ACTIVE,
          },
          ExpressionAttributeValues: {
            ...guard.ExpressionAttributeValues,
            ":e": expiresAt,
            ":ttl": epochOf(expiresAt),
            ...(countedActive ? { ":ca": countedActive } : {}),
          },
        },
      };
    },

    /** `extra` joins the same transaction (the alert index, shared/db/alert-index.ts). */
    async replace(
      previous: Candidate,
      next: Candidate,
      extra: TransactItem[] = [],
      countedActive?: CountedCell,
    ): Promise<void> {
      const put = {
        Put: { TableName: table, Item: toItem(next, countedActive), ...versionGuard(previous.version) },
      };
      await transactWrite(deps, { candidate: [put], extra }, () => new PreconditionFailedError());
    },

    /**
     * Starts an erasure: marks the candidate and moves its version on, so that every concurrent
     * PATCH or referral (version-guarded) fails from now on. Call it once, for an unmarked one.
     * `countOut` (the person's `erasedWithoutExit` counters while counted as active) joins the
     * same transaction, which drops the item's counted-active cell, and holds only while the item
     * still carries (`carried`) or lacks that cell as read (a milestone moves it at the same version).
     */
    async markErasing(candidate: Candidate, countOut: TransactItem[] = [], carried = false): Promise<void> {
      const mark = {
        TableName: table,
        Key: candidateKey(candidate.id),
        UpdateExpression: "SET #e = :at, #v = #v + :one REMOVE #ca",
        ConditionExpression: `#v = :v AND attribute_${carried ? "" : "not_"}exists(#ca)`,
        ExpressionAttributeNames: { "#e": ERASING, "#v": "version", "#ca": COUNTED_ACTIVE },
        ExpressionAttributeValues: { ":at": now(), ":one": 1, ":v": candidate.version },
      };
      if (countOut.length)
        return transactWrite(
          deps,
          { mark: [{ Update: mark }], countOut },
          () => new PreconditionFailedError(),
        );
      await deps.db.send(new UpdateCommand(mark)).catch((error: unknown) => {
        throw error instanceof ConditionalCheckFailedException ? new PreconditionFailedError() : error;
      });
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
          // Discards expired candidates that TTL has not removed yet, and those being erased.
          expression: `expiresAt > :now AND attribute_not_exists(${ERASING})`,
          values: { ":now": now() },
        },
      ),
  };
}
