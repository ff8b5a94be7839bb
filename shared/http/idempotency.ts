import { createHash } from "node:crypto";
import { type CandidateLink, claimForReadOnly, recordAction, replay } from "../db/idempotency.ts";
import type { TransactItem } from "../db/transact.ts";
import { ConflictError, ValidationError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import type { ApiRequest } from "./api-handler.ts";
import type { ApiResult } from "./response.ts";

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Whose key for what: caller (subject and organisation), method and the full path. The same key
 * sent to another resource (another referral's decline) is another request, never a replay.
 */
const scopeOf = (req: ApiRequest<unknown, unknown>) =>
  createHash("sha256")
    .update(
      JSON.stringify([
        req.principal?.sub ?? "anonymous",
        req.principal?.org ?? "",
        req.event.requestContext.http.method,
        req.event.rawPath,
      ]),
    )
    .digest("base64url");

/**
 * Runs a creating POST at most once per Idempotency-Key: a stored response is replayed; otherwise
 * `run` gets the transaction actions that record its response atomically with its write.
 * Read-only POSTs (matches) record only the request's hash: a retry is answered afresh, the same
 * key with another body is still refused.
 */
export async function withIdempotency(
  deps: Deps,
  req: ApiRequest<unknown, unknown>,
  run: (
    record: (response: ApiResult, about?: string | CandidateLink) => TransactItem[],
  ) => Promise<ApiResult>,
  readOnly = false,
): Promise<ApiResult> {
  const key = req.header("idempotency-key");
  if (key === undefined) return run(() => []);
  if (!KEY.test(key)) {
    throw new ValidationError([
      { path: "headers.idempotency-key", message: "1–200 sichtbare ASCII-Zeichen" },
    ]);
  }
  const request = { scope: scopeOf(req), key, body: req.body };
  if (readOnly) {
    await claimForReadOnly(deps, request);
    return run(() => []);
  }
  const prior = await replay(deps, request);
  if (prior?.response) return prior.response;
  const link = (about?: string | CandidateLink) =>
    typeof about === "string" ? { candidateId: about } : about;
  return run((response, about) => [recordAction(deps, { ...request, ...link(about) }, response)]).catch(
    // A concurrent twin with the same key won the race: answer what it answered.
    async (error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
      const twin = await replay(deps, request);
      if (!twin?.response) throw error;
      return twin.response;
    },
  );
}
