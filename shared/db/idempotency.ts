import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { UnprocessableError } from "../domain/errors.ts";
import type { APIGatewayProxyStructuredResultV2 as ApiResult } from "aws-lambda";
import type { Deps } from "../runtime.ts";
import { candidateLinkKey, employerLinkKey, idempotencyKey, PREFIX } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * Idempotency-Key for POSTs: the first response is stored in the same transaction as the write
 * it answers, for 24 h. A retry with the same key and body gets that response again; the same
 * key with another body is refused (422).
 */
const RETENTION_SECONDS = 24 * 3600;

/** The candidate a stored response is about: erased with it, and never kept past its retention. */
export interface CandidateLink {
  candidateId?: string;
  /** Or the employer record it is about (issue 29): erased with the record, its contact and notes. */
  employerId?: string;
  /** The candidate's retention end (epoch seconds), when sooner than the record's own 24 h. */
  notAfterEpoch?: number;
}

export interface IdempotencyRequest extends CandidateLink {
  /** Who, how and on which resource: keys of different callers or resources never collide. */
  scope: string;
  key: string;
  body: unknown;
}

interface StoredResponse {
  requestHash: string;
  /** Absent for read-only routes, whose answer is recomputed on a retry. */
  response?: ApiResult;
}

export const requestHash = (body: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(body ?? null))
    .digest("hex");

/** The stored record for this key, or undefined; throws 422 when the key was used for another body. */
export async function replay(deps: Deps, request: IdempotencyRequest): Promise<StoredResponse | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: idempotencyKey(request.scope, request.key),
      ConsistentRead: true,
    }),
  );
  const nowEpoch = Math.floor(deps.clock().getTime() / 1000);
  if (!Item || Number(Item[TTL_ATTRIBUTE]) <= nowEpoch) return undefined;
  const stored = Item as unknown as StoredResponse;
  if (stored.requestHash !== requestHash(request.body)) {
    throw keyReused();
  }
  return stored;
}

/** Read-only routes: records the request's hash; refuses (422) a key already used for another body. */
export async function claimForReadOnly(deps: Deps, request: IdempotencyRequest): Promise<void> {
  const { Put } = recordAction(deps, request);
  if (!Put) return;
  await deps.db
    .send(
      new PutCommand({
        ...Put,
        ConditionExpression: `${Put.ConditionExpression} OR requestHash = :hash`,
        ExpressionAttributeValues: { ...Put.ExpressionAttributeValues, ":hash": requestHash(request.body) },
      }),
    )
    .catch((error: unknown) => {
      if (error instanceof ConditionalCheckFailedException) throw keyReused();
      throw error;
    });
}

const keyReused = () =>
  new UnprocessableError("Der Idempotency-Key wurde bereits für eine andere Anfrage verwendet.");

/** The transaction action that records the response; fails its condition if the key is taken. */
export function recordAction(deps: Deps, request: IdempotencyRequest, response?: ApiResult): TransactItem {
  const nowEpoch = Math.floor(deps.clock().getTime() / 1000);
  return {
    Put: {
      TableName: deps.tableName,
      Item: {
        ...idempotencyKey(request.scope, request.key),
        ...(request.candidateId
          ? candidateLinkKey(request.candidateId, `${PREFIX.idempotency}#${request.scope}#${request.key}`)
          : {}),
        ...(request.employerId
          ? employerLinkKey(request.employerId, `${PREFIX.idempotency}#${request.scope}#${request.key}`)
          : {}),
        requestHash: requestHash(request.body),
        ...(response ? { response } : {}),
        [TTL_ATTRIBUTE]: Math.min(nowEpoch + RETENTION_SECONDS, request.notAfterEpoch ?? Infinity),
      },
      ConditionExpression: "attribute_not_exists(PK) OR #ttl <= :now",
      ExpressionAttributeNames: { "#ttl": TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ":now": nowEpoch },
    },
  };
}
