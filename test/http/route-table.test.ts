import { decisionRoutes } from "../../functions/decisions/routes.ts";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { employerRoutes } from "../../functions/employers/routes.ts";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { handoutRoutes } from "../../functions/handouts/routes.ts";
import { importRoutes } from "../../functions/imports/routes.ts";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { metaRoutes } from "../../functions/meta/routes.ts";
import { notificationRoutes } from "../../functions/notifications/routes.ts";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { referenceRoutes } from "../../functions/reference/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { statisticsRoutes } from "../../functions/statistics/routes.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { Context } from "aws-lambda";
import { buildApiEvent } from "../../local/api-event.ts";
import { claimsFor } from "../support/events.ts";

/** Deps whose database records what it is asked and answers nothing: no test here gets that far. */
function fakeDeps() {
  const sent: string[] = [];
  const db = {
    send: async (command: object) => {
      sent.push(command.constructor.name);
      throw new Error("no database in this test");
    },
  } as unknown as DynamoDBDocumentClient;
  const deps: Deps = {
    db,
    tableName: "t",
    clock: () => new Date("2026-05-01T00:00:00Z"),
    newId: () => "id",
    candidateRetentionDays: 365,
  };
  return { deps, sent };
}

/** Straight into the handler, as API Gateway with the JWT authorizer calls it. */
async function call(
  handler: RouteHandler,
  routeKey: string,
  role: "coach" | "employer" | "provider",
  options: { body?: unknown; query?: string } = {},
) {
  const [method = "GET", path = "/"] = routeKey.split(" ");
  const event = buildApiEvent({
    method,
    routePath: path,
    rawPath: path,
    rawQueryString: options.query,
    headers: { "content-type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    claims: claimsFor({ role, org: "o" }),
  });
  const res = await handler(event, { awsRequestId: "test" } as Context);
  return { status: res.statusCode, body: JSON.parse(res.body ?? "null") as unknown };
}

/** Each route group's handlers, as functions/<group>/index.ts builds them. */
const groups = (deps: Deps): Record<string, Record<string, RouteHandler>> => ({
  meta: metaRoutes(() => deps),
  reference: referenceRoutes(),
  "mentoring-places": listingHandlers(mentoringPlaceResource, deps),
  "qualification-offers": listingHandlers(qualificationOfferResource, deps),
  matches: matchRoutes(deps),
  candidates: candidateRoutes(deps),
  handouts: handoutRoutes(deps),
  referrals: referralRoutes(deps),
  decisions: decisionRoutes(deps),
  statistics: statisticsRoutes(deps),
  imports: importRoutes(deps),
  organisations: organisationRoutes(deps),
  notifications: notificationRoutes(deps),
  employers: employerRoutes(deps),
});

describe("the route table and the handlers", () => {
  it("has exactly one handler for every route, in the route's group, and no handler without a route", () => {
    const handled = Object.entries(groups(fakeDeps().deps)).flatMap(([group, handlers]) =>
      Object.keys(handlers).map((key) => `${group} ${key}`),
    );
    const table = routes.map((route) => `${route.group} ${routeKey(route)}`);
    expect(new Set(table).size).toBe(table.length);
    expect([...handled].sort()).toEqual([...table].sort());
  });

  it("refuses a role the table does not name, before the use case runs (403)", async () => {
    const { deps, sent } = fakeDeps();
    const matches = dispatch(matchRoutes(deps));
    const body = { occupation: "81302", location: { postalCode: "33330" } };
    const res = await call(matches, "POST /matches", "employer", { body });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ detail: "Erforderliche Rolle: coach oder admin." });
    expect(sent).toEqual([]);
  });

  it("lets the named roles through to the use case", async () => {
    const { deps, sent } = fakeDeps();
    const statistics = dispatch(statisticsRoutes(deps));
    const refused = await call(statistics, "GET /statistics", "provider", { query: "by=district" });
    expect(refused.status).toBe(403);
    expect(sent).toEqual([]);
    const coach = await call(statistics, "GET /statistics", "coach", { query: "by=district" });
    expect(coach.status).toBe(500);
    expect(sent.length).toBeGreaterThan(0);
  });
});
