import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
} from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { isTransient, OUTAGE_RETRY_AFTER_SECONDS } from "../../shared/http/problem-middleware.ts";
import type { Deps } from "../../shared/runtime.ts";
import { offerInput } from "../support/fixtures.ts";
import { directApi } from "./support/api.ts";
import { OWN } from "./support/world.ts";

/**
 * How DynamoDB's own failures reach the caller, one error class at a time (the SDK mocked):
 * throttling, server faults, connection errors and conflicting transactions are a 503 with
 * Retry-After; an error that means a bug stays a bare 500.
 */
const db = mockClient(DynamoDBDocumentClient);
afterAll(() => db.restore());
beforeEach(() => db.reset());

const deps: Deps = {
  db: DynamoDBDocumentClient.from(new DynamoDBClient({ region: "eu-central-1" })),
  tableName: "mocked",
  clock: () => new Date("2026-11-23T10:00:00Z"),
  newId: () => "01MOCKED",
  candidateRetentionDays: 365,
};
const api = directApi(deps);
const meta = { $metadata: {}, message: "mocked" };
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ ...meta, CancellationReasons: codes.map((Code) => ({ Code })) });
const network = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

const transient: [string, Error][] = [
  ["ThrottlingException", new ThrottlingException(meta)],
  ["ProvisionedThroughputExceededException", new ProvisionedThroughputExceededException(meta)],
  ["RequestLimitExceeded", new RequestLimitExceeded(meta)],
  ["InternalServerError", new InternalServerError(meta)],
  ["TransactionConflictException", new TransactionConflictException(meta)],
  ["a transaction cancelled by throttling", cancelled("None", "ThrottlingError")],
  ["ECONNREFUSED", network("ECONNREFUSED")],
  ["ECONNRESET", network("ECONNRESET")],
  ["a TimeoutError", Object.assign(new Error("timed out"), { name: "TimeoutError" })],
  [
    "ServiceUnavailable (503)",
    Object.assign(new Error("unavailable"), { name: "ServiceUnavailable", $fault: "server" }),
  ],
];
const bugs: [string, Error][] = [
  [
    "ValidationException",
    Object.assign(new Error("invalid"), { name: "ValidationException", $fault: "client" }),
  ],
  ["ConditionalCheckFailedException", new ConditionalCheckFailedException(meta)],
  ["a transaction cancelled by a validation error", cancelled("None", "ValidationError")],
  ["a TypeError", new TypeError("x is undefined")],
];

const createOffer = () =>
  api("POST /qualification-offers", { caller: { role: "provider", org: OWN }, body: offerInput() });

describe("DynamoDB errors as the caller sees them", () => {
  it.each(transient)("%s → 503 problem+json with Retry-After", async (_, error) => {
    expect(isTransient(error)).toBe(true);
    db.onAnyCommand().rejects(error);
    const res = await createOffer();
    expect([res.status, res.headers["retry-after"], res.headers["content-type"]]).toEqual([
      503,
      String(OUTAGE_RETRY_AFTER_SECONDS),
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    expect(res.body).toMatchObject({ status: 503, type: expect.stringMatching(/service-unavailable$/) });
  });

  it.each(bugs)("%s → a bare 500 that leaks nothing", async (_, error) => {
    expect(isTransient(error)).toBe(false);
    db.onAnyCommand().rejects(error);
    const res = await createOffer();
    expect(res.status).toBe(500);
    expect(res.headers["retry-after"]).toBeUndefined();
    expect(res.text).not.toContain(error.message);
  });
});
