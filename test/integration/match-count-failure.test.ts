import { type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { mentoringPlaceResource } from "../../shared/app/listing-resources.ts";
import { searchMatches } from "../../shared/app/match-search.ts";
import { resolveRequiredLocation } from "../../shared/reference/resolve.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { placeInput } from "../support/fixtures.ts";

const coach = { role: "coach" as const, org: "mozaik" };
const search = { occupation: "81302", location: { postalCode: "33330" } };
let matches: RouteHandler;
let candidates: RouteHandler;
let failing: Deps;

/** The same table, but every statistics counter write fails (a throttled or broken counter item). */
function failingCounters(deps: Deps): Deps {
  const send = deps.db.send.bind(deps.db) as (command: unknown) => Promise<unknown>;
  const db = {
    send: async (command: unknown) => {
      const key = command instanceof UpdateCommand ? String(command.input.Key?.PK) : "";
      if (key.startsWith("STAT"))
        throw Object.assign(new Error("throttled"), { name: "ThrottlingException" });
      return send(command);
    },
  } as unknown as DynamoDBDocumentClient;
  return { ...deps, db };
}

beforeAll(async () => {
  const deps = await testDeps();
  const places = dispatch(listingHandlers(mentoringPlaceResource, deps));
  const placed = await invoke(places, "POST /mentoring-places", {
    caller: { role: "employer", org: "klinikum" },
    body: placeInput({ status: "published", title: "Gütersloh exakt" }),
  });
  expect(placed.status).toBe(201);
  failing = failingCounters(deps);
  matches = dispatch(matchRoutes(failing));
  candidates = dispatch(candidateRoutes(failing));
}, 60_000);

describe("counting a search never breaks the search", () => {
  it("answers POST /matches with the matches", async () => {
    const res = await invoke(matches, "POST /matches", { caller: coach, body: search });
    expect(res.status).toBe(200);
    expect(res.body.places.map((m: { item: { title: string } }) => m.item.title)).toEqual([
      "Gütersloh exakt",
    ]);
  });

  it("logs the failed count with a metric, without anything about the candidate", async () => {
    const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
    const log = {
      warn: (message: string, fields?: Record<string, unknown>) => warnings.push({ message, fields }),
    };
    const location = resolveRequiredLocation(search);
    const result = await searchMatches(failing, log, {
      principal: { sub: "u", org: "mozaik", roles: ["coach"] },
      profile: { ...search, location, point: location, radiusKm: 50, languages: [] },
      kinds: ["place"],
      limit: 20,
    });
    expect(result.places).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      message: "match search not counted",
      fields: { error: "ThrottlingException", MatchSearchCountFailed: 1 },
    });
    expect(JSON.stringify(warnings)).not.toMatch(/81302|33330|Gütersloh|mozaik/);
  });

  it("answers GET /candidates/{id}/matches too", async () => {
    const created = await invoke(candidates, "POST /candidates", {
      caller: coach,
      body: { reference: "K-1", ...search, languages: [] },
    });
    expect(created.status).toBe(201);
    const res = await invoke(candidates, "GET /candidates/{id}/matches", {
      caller: coach,
      params: { id: created.body.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.places).toHaveLength(1);
  });
});
