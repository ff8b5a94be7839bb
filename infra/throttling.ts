import { type Route, routeKey } from "../shared/http/routes.ts";

/**
 * Requests per second (steady) and burst (bucket size) of API Gateway's token buckets.
 *
 * Why stage and route throttles plus reserved concurrency, and no WAF: AWS WAF cannot be attached
 * to an HTTP API (only to REST APIs, CloudFront, ALB, AppSync, Cognito, …). Its per-client
 * rate-based rules would need a CloudFront distribution in front of the API, a WebACL in
 * us-east-1 and a way to close the direct execute-api URL — a standing monthly cost for an
 * application that otherwise costs nothing at rest, for a few hundred accounts that admins
 * create. So: every route has its own bucket, routes that cost much per call get small ones,
 * and each function's reserved concurrency (route-groups.ts) both guarantees and caps its
 * share of the account's Lambda concurrency: an import flood cannot take the matching down.
 * The buckets are shared by all clients of a route; README "Deploy to AWS" says what that means.
 */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

/** Every route's own bucket unless listed below: far above a few hundred users' real traffic. */
export const DEFAULT_ROUTE_THROTTLE: Throttle = { rateLimit: 50, burstLimit: 100 };

/** Expensive routes, by API Gateway route key. Each key must be a route of the route table. */
export const ROUTE_THROTTLES: Readonly<Record<string, Throttle>> = {
  // ~9 DynamoDB Queries and ranking per call; coaches search a few times a minute.
  "POST /matches": { rateLimit: 10, burstLimit: 20 },
  "GET /candidates/{id}/matches": { rateLimit: 10, burstLimit: 20 },
  // The same match read, then a page rendered.
  "GET /candidates/{id}/handout": { rateLimit: 10, burstLimit: 20 },
  // The match read and one BatchGet, then the plan worked out (a save checks its steps the same way).
  "GET /candidates/{id}/plan": { rateLimit: 10, burstLimit: 20 },
  "PUT /candidates/{id}/plan": { rateLimit: 10, burstLimit: 20 },
  // Up to 5,000 rows and 29 s each; the CLI sends one chunk after the other.
  "POST /qualification-offers/import": { rateLimit: 1, burstLimit: 2 },
  "POST /mentoring-places/import": { rateLimit: 1, burstLimit: 2 },
  // A whole organisation's items per call.
  "GET /qualification-offers/export": { rateLimit: 2, burstLimit: 4 },
  "GET /mentoring-places/export": { rateLimit: 2, burstLimit: 4 },
  // Public, the token is the credential: a few companies a day open and answer a link; a guesser
  // gets 404s at most this fast (and a token is 256 bits of HMAC, so guessing is hopeless anyway).
  "GET /decisions/{token}": { rateLimit: 2, burstLimit: 10 },
  "POST /decisions/{token}": { rateLimit: 1, burstLimit: 5 },
  // One link mail per call, to an address outside the network.
  "POST /referrals/{id}/decision-link": { rateLimit: 1, burstLimit: 5 },
  // One Query per month of the period.
  "GET /statistics": { rateLimit: 5, burstLimit: 10 },
  "GET /statistics/demand": { rateLimit: 5, burstLimit: 10 },
};

/**
 * The stage's `RouteSettings`. A key naming no deployed route makes CloudFormation fail late
 * ("Unable to find Route by key"), and a silently dropped limit is worse: refuse it at synth.
 */
export function routeThrottleSettings(
  table: readonly Route[],
): Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> {
  const keys = new Set(table.map(routeKey));
  const unknown = Object.keys(ROUTE_THROTTLES).filter((key) => !keys.has(key));
  if (unknown.length)
    throw new Error(`infra/throttling.ts throttles routes the route table lacks: ${unknown.join(", ")}`);
  return Object.fromEntries(
    Object.entries(ROUTE_THROTTLES).map(([key, { rateLimit, burstLimit }]) => [
      key,
      { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit },
    ]),
  );
}
