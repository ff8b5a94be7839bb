import { findMatches } from "../shared/app/find-matches.ts";
import { resolvePostalCode } from "../shared/reference/postal-codes.ts";
import { type Deps, documentClient } from "../shared/runtime.ts";
import { MATCH_OPTIONS } from "./matching.ts";
import { measured, withCounter } from "./request-counter.ts";
import { round } from "./stats.ts";

/**
 * The same match as the throughput run, but calling findMatches directly from this process (no
 * HTTP, no local server, no authorizer) with as many loops as autocannon has connections. If this
 * rate is about the server's, DynamoDB Local is what limits throughput, not the handler.
 */
export interface DirectMatches {
  requestsPerMatch: number;
  matchesPerSecond: number;
  dynamoRequestsPerSecond: number;
}

export async function directMatches(
  endpoint: string,
  tableName: string,
  body: { occupation: string; location: { postalCode: string }; germanLevel: "B1"; languages: string[] },
  concurrency: number,
  seconds: number,
): Promise<DirectMatches> {
  const db = documentClient(endpoint);
  const counter = withCounter(db);
  const deps: Deps = {
    db,
    tableName,
    clock: () => new Date(),
    newId: () => "unused",
    candidateRetentionDays: 365,
  };
  const location = resolvePostalCode(body.location.postalCode);
  if (!location) throw new Error(`unknown postal code ${body.location.postalCode}`);
  const profile = { ...body, radiusKm: 50, point: { lat: location.lat, lon: location.lon } };
  const match = () => findMatches(deps, profile, { ...MATCH_OPTIONS, kinds: [...MATCH_OPTIONS.kinds] });
  const one = await measured(counter, match);
  const before = counter.requests;
  const deadline = performance.now() + seconds * 1000;
  let matches = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await match();
        matches++;
      }
    }),
  );
  return {
    requestsPerMatch: one.requests,
    matchesPerSecond: round(matches / seconds, 1),
    dynamoRequestsPerSecond: round((counter.requests - before) / seconds),
  };
}
