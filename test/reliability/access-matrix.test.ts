import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../shared/http/principal.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";
import { accessExpectations } from "./access-expectations.ts";
import { type Api, type Call, type Caller, httpApi } from "./support/api.ts";
import { pool } from "./support/pool.ts";
import { routeRequests } from "./support/route-requests.ts";
import { BAD_TOKENS, type BadToken, badTokens } from "./support/tokens.ts";
import {
  forbiddenFor,
  OWN,
  type Relation,
  secretsOf,
  seedNotices,
  seedWorld,
  type World,
} from "./support/world.ts";

/**
 * Every route of the route table × {anonymous, coach, employer, provider, admin} × {own, foreign
 * organisation} × {valid token, expired, wrong signature, alg none, no org claim}, through the
 * local server (the same JWT authorizer as `npm start`), against access-expectations.ts. Each
 * cell asserts the status, problem+json for errors, and that the body holds no data the caller
 * may not read.
 */
interface Cell {
  label: string;
  relation: Relation;
  caller?: Caller;
  authorization?: string;
  expected: number;
}

const RELATIONS: Relation[] = ["own", "foreign"];
let server: TestServer;
let api: Api;
let world: World;
const tokens = new Map<string, Record<BadToken, string>>();

beforeAll(async () => {
  server = await startTestServer();
  api = httpApi(server);
  world = await seedWorld(api);
  await seedNotices(server.deps, world);
  for (const role of ROLES) tokens.set(role, await badTokens(server, role, OWN));
});
afterAll(() => server?.close());

function cellsFor(key: string): Cell[] {
  const expectation = accessExpectations[key];
  if (!expectation) return [];
  return RELATIONS.flatMap((relation, i) => [
    { label: `anonymous/${relation}`, relation, expected: expectation.anonymous[i] ?? 0 },
    ...ROLES.flatMap((role) => [
      {
        label: `${role}/${relation}`,
        relation,
        caller: { role, org: OWN },
        expected: expectation[role][i] ?? 0,
      },
      ...BAD_TOKENS.map((bad) => ({
        label: `${role}/${relation} with ${bad} token`,
        relation,
        authorization: `Bearer ${tokens.get(role)?.[bad]}`,
        expected: expectation.badToken,
      })),
    ]),
  ]);
}

/** What is wrong with one cell's answer, if anything. */
async function check(key: string, cell: Cell): Promise<string[]> {
  const request = routeRequests[key]?.(world, cell.relation, cell.caller) ?? {};
  const res = await api(key, { ...request, caller: cell.caller, authorization: cell.authorization });
  const wrong: string[] = [];
  if (res.status !== cell.expected)
    wrong.push(`${cell.label}: ${res.status}, expected ${cell.expected} — ${res.text.slice(0, 160)}`);
  if (res.status >= 400) {
    const body = res.body as { status?: unknown };
    if (!res.headers["content-type"]?.startsWith("application/problem+json") || body.status !== res.status)
      wrong.push(`${cell.label}: ${res.status} is not problem+json`);
  }
  // A forged token gets nothing; a valid one only what its role in its organisation may read.
  const leaked = forbiddenFor(cell.authorization ? undefined : cell.caller, world).filter((secret) =>
    res.text.includes(secret),
  );
  if (leaked.length) wrong.push(`${cell.label}: leaks ${leaked.join(", ")}`);
  return wrong;
}

describe("authorization matrix", () => {
  it("has an expectation and a request for exactly the routes of the route table", () => {
    const keys = routes.map(routeKey).sort();
    expect(Object.keys(accessExpectations).sort()).toEqual(keys);
    expect(Object.keys(routeRequests).sort()).toEqual(keys);
  });

  // Otherwise "no leak" would hold for markers that never appear anywhere.
  it("looks for secrets that their readers do get", async () => {
    const secrets = secretsOf(OWN, world.own);
    const reads: [string[], Caller["role"], string, Call][] = [
      [secrets.candidate, "coach", "GET /candidates/{id}", { params: { id: world.own.candidate } }],
      [[...secrets.draftPlace, ...secrets.placeContact], "employer", "GET /mentoring-places", {}],
      [secrets.draftOffer, "provider", "GET /qualification-offers", {}],
      [secrets.referral, "coach", "GET /referrals", {}],
    ];
    for (const [values, role, key, call] of reads) {
      const { text } = await api(key, { ...call, caller: { role, org: OWN } });
      for (const value of values) expect(text, `${role} ${key}`).toContain(value);
    }
  });

  it("covers 42 cells per route", () => {
    for (const route of routes) expect(cellsFor(routeKey(route)), routeKey(route)).toHaveLength(42);
  });

  for (const route of routes) {
    const key = routeKey(route);
    it(key, async () => {
      const wrong = (await pool(cellsFor(key), 8, (cell) => check(key, cell))).flat();
      expect(wrong).toEqual([]);
    });
  }
});
