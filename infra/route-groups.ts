import { type Route, routes } from "../shared/http/routes.ts";

/** DynamoDB actions as IAM names them (no `dynamodb:*`). */
export type TableAction =
  | "dynamodb:GetItem"
  | "dynamodb:Query"
  | "dynamodb:PutItem"
  | "dynamodb:UpdateItem"
  | "dynamodb:DeleteItem"
  | "dynamodb:ConditionCheckItem"
  | "dynamodb:BatchWriteItem"
  | "dynamodb:BatchGetItem";

/** What one route group's Lambda function needs; one entry per `route.group`. */
export interface RouteGroupSettings {
  /** MB; CPU grows with it, so CPU-bound cold starts (search index, ranking) get more. */
  memorySize: number;
  /** Seconds; below API Gateway's 30 s integration timeout so the client gets the function's answer. */
  timeoutSeconds: number;
  /**
   * Exactly the actions the group's code sends (shared/db), granted on the table and its indexes.
   * TransactWriteItems is no IAM action: each action inside a transaction needs its own permission.
   * test/infra/route-groups.test.ts compares this list with the commands in the group's code.
   */
  tableActions: readonly TableAction[];
  /**
   * Erases candidates (shared/app/candidate-erasure.ts) and so writes the erasure log: PutItem on
   * that table only, its name in ERASURE_LOG_TABLE. test/infra/erasure-log.test.ts compares it
   * with the code.
   */
  logsErasures?: true;
  /** Ships data/*.json (KldB occupations, postal codes) in the bundle. */
  referenceData: boolean;
  /**
   * Concurrent executions reserved for the group in prod (stage.reserveConcurrency): guaranteed
   * to it and its ceiling, so no group starves the others. About the route throttles
   * (throttling.ts) × the calls' duration, with room; 110 in all, leaving the default account
   * quota (1,000) most of its unreserved share.
   */
  reservedConcurrency: number;
}

/** A listing (mentoring places, qualification offers): read by key and by index, written in transactions of Puts and Deletes. */
const LISTING_ACTIONS: readonly TableAction[] = [
  "dynamodb:GetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:DeleteItem",
  // Statistics counters (ADD) in the same transactions.
  "dynamodb:UpdateItem",
  // Guards checked in the same transactions (a candidate unchanged, a seat not yet given back).
  "dynamodb:ConditionCheckItem",
];

export const ROUTE_GROUPS: Readonly<Record<string, RouteGroupSettings>> = {
  // Health (one GetItem: does the table answer?) and the OpenAPI document.
  meta: {
    memorySize: 256,
    timeoutSeconds: 5,
    tableActions: ["dynamodb:GetItem"],
    referenceData: false,
    reservedConcurrency: 2,
  },
  // Builds the occupation search index on a cold start: CPU-bound, so more memory (= CPU).
  reference: {
    memorySize: 1024,
    timeoutSeconds: 10,
    tableActions: [],
    referenceData: true,
    reservedConcurrency: 10,
  },
  "mentoring-places": {
    memorySize: 512,
    timeoutSeconds: 10,
    // BatchGet: the organisations' display names of the items shown (shared/app/listings.ts).
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchGetItem"],
    referenceData: true,
    reservedConcurrency: 10,
  },
  "qualification-offers": {
    memorySize: 512,
    timeoutSeconds: 10,
    // BatchGet: the organisations' display names of the items shown (shared/app/listings.ts).
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchGetItem"],
    referenceData: true,
    reservedConcurrency: 10,
  },
  // A handful of Queries on the match index, then ranking in memory.
  // Queries on the match index; an Idempotency-Key's request hash is read and written by key.
  matches: {
    memorySize: 1024,
    timeoutSeconds: 15,
    // BatchGet: the display names of the organisations on the result page (shared/app/match-names.ts).
    tableActions: [
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:BatchGetItem",
    ],
    referenceData: true,
    reservedConcurrency: 20,
  },
  // Profiles, their matches and exports; erasure deletes in one transaction, then batches late idempotency records.
  candidates: {
    memorySize: 1024,
    timeoutSeconds: 15,
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
    logsErasures: true,
    referenceData: true,
    reservedConcurrency: 10,
  },
  // The printable handout (GET /candidates/{id}/handout): the candidate by key, the same matching
  // as GET /candidates/{id}/matches, then the page rendered in one of seven languages.
  handouts: {
    memorySize: 1024,
    timeoutSeconds: 15,
    // Read-only: the candidate by key (shared/app/own-candidate.ts), the match index, the page's items.
    tableActions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"],
    referenceData: true,
    reservedConcurrency: 5,
  },
  // Reads counter partitions only (O(cells)); labels come from the reference data.
  statistics: {
    memorySize: 512,
    timeoutSeconds: 10,
    tableActions: ["dynamodb:Query"],
    referenceData: true,
    reservedConcurrency: 5,
  },
  // CSV import/export of offers and places: up to 5,000 rows per request, validated, then one
  // transaction per changed row (external-id guards read in batches). Longer timeout and more
  // memory (= CPU, network) than the listing functions; limits in shared/csv/limits.ts.
  imports: {
    memorySize: 1024,
    timeoutSeconds: 29,
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchGetItem"],
    referenceData: true,
    reservedConcurrency: 10,
  },
  // Organisations and profiles: single items by key (conditional Put), the admins' list by index;
  // an organisation is written with its name's claim (Put) and a changed name's old one (Delete).
  organisations: {
    memorySize: 256,
    // Long enough for the DynamoDB client's worst case (3 attempts × 3 s + backoff, runtime.ts).
    timeoutSeconds: 10,
    tableActions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"],
    referenceData: false,
    reservedConcurrency: 5,
  },
  // The own inbox: a page by index, the unread count (sparse index), a notice marked read by key;
  // the first visit stores the caller's profile (conditional Put).
  notifications: {
    memorySize: 256,
    timeoutSeconds: 10,
    tableActions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem"],
    referenceData: false,
    reservedConcurrency: 5,
  },
  // Employer records (issue 29): the record and its search words written in one transaction of
  // Puts and Deletes (sessions, measures and their figure events too, with the record checked);
  // the organisation's kind by key; erasure updates the record's mark and deletes in batches.
  employers: {
    memorySize: 512,
    timeoutSeconds: 10,
    tableActions: [
      "dynamodb:GetItem",
      "dynamodb:Query",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:BatchWriteItem",
    ],
    referenceData: true,
    reservedConcurrency: 5,
  },
  // Proposals check the place (ConditionCheck) and move seats with the place's match entries.
  referrals: {
    memorySize: 512,
    timeoutSeconds: 10,
    // BatchWrite: a referral's late leftovers are removed in batches (shared/db/candidate-items.ts).
    // BatchGet: both organisations' display names on a page of referrals (shared/app/referral-handoff.ts).
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
    referenceData: false,
    reservedConcurrency: 15,
  },
  // Decision links (issue 29): a link stored by its nonce (Put); the public page reads it, the
  // referral, its place and the organisation's name (BatchGet), and decides in one transaction
  // with the link's use (Update), the seats (Put/Delete of match entries, guards checked) and the
  // counters, like POST /referrals/{id}/accept. Public and throttled (infra/throttling.ts).
  // BatchWrite: the candidate module (read for the link's expiry) removes late leftovers in batches.
  decisions: {
    memorySize: 512,
    timeoutSeconds: 10,
    tableActions: [...LISTING_ACTIONS, "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
    // The occupation's title on the company's page.
    referenceData: true,
    reservedConcurrency: 3,
  },
};

/** The route groups of the route table, in table order. */
export function routeGroups(table: readonly Route[] = routes): string[] {
  return [...new Set(table.map((route) => route.group))];
}

export function routeGroupSettings(group: string): RouteGroupSettings {
  const settings = ROUTE_GROUPS[group];
  if (!settings) throw new Error(`Route group "${group}" has no settings in infra/route-groups.ts`);
  return settings;
}

/** "optional" routes are public, but the function verifies a bearer token itself when one is sent. */
export const verifiesTokens = (group: string, table: readonly Route[] = routes) =>
  table.some((route) => route.group === group && route.auth === "optional");
