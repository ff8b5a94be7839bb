import { CANDIDATE_ROUTES } from "./routes/candidates.ts";
import { CSV_ROUTES } from "./routes/csv.ts";
import { EMPLOYER_ROUTES } from "./routes/employers.ts";
import { DECISION_ROUTES } from "./routes/decisions.ts";
import { LISTING_ROUTES } from "./routes/listings.ts";
import { MATCH_ROUTES } from "./routes/matches.ts";
import { META_ROUTES } from "./routes/meta.ts";
import { NOTIFICATION_ROUTES } from "./routes/notifications.ts";
import { ORGANISATION_ROUTES } from "./routes/organisations.ts";
import { REFERENCE_ROUTES } from "./routes/reference.ts";
import { REFERRAL_ROUTES } from "./routes/referrals.ts";
import type { Route } from "./routes/route.ts";
import { STATISTICS_ROUTES } from "./routes/statistics.ts";
import { TOPIC_ROUTES } from "./routes/topics.ts";

export { type Route, routeKey, takesIfMatch } from "./routes/route.ts";

/**
 * The one route table, one module per area under routes/. The local server, the CDK stack and
 * GET /openapi.json all read it, so a route cannot exist in one and be missing in another; the
 * handler wrapper (route-handler.ts) takes each route's auth, roles and schemas from it. The order
 * here is the order of the OpenAPI paths.
 */
const table = [
  ...META_ROUTES,
  ...REFERENCE_ROUTES,
  ...LISTING_ROUTES,
  ...CSV_ROUTES,
  ...MATCH_ROUTES,
  ...CANDIDATE_ROUTES,
  ...REFERRAL_ROUTES,
  ...EMPLOYER_ROUTES,
  ...DECISION_ROUTES,
  ...STATISTICS_ROUTES,
  ...TOPIC_ROUTES,
  ...ORGANISATION_ROUTES,
  ...NOTIFICATION_ROUTES,
] as const;

/** The table with each entry's own schema types, for handlers keyed by route (route-handler.ts). */
export type RouteTable = typeof table;
export const routes: readonly Route[] = table;
