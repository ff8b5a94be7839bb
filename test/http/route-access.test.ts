import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../shared/http/principal.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { candidateInput, offerInput, placeInput } from "../support/fixtures.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

/**
 * Who may call each route of the route table: "ok" = the role passes authorization (the answer
 * may still be 2xx or 4xx for other reasons), 401 = needs a token, 403 = wrong role.
 * Every route must have a row, so a new route cannot ship without deciding this.
 */
type Outcome = "ok" | 401 | 403;
type Caller = "anonymous" | Role;
const ALL_OK = { anonymous: "ok", coach: "ok", employer: "ok", provider: "ok", admin: "ok" } as const;
const EMPLOYER_WRITES = { anonymous: 401, coach: 403, employer: "ok", provider: 403, admin: "ok" } as const;
const PROVIDER_WRITES = { anonymous: 401, coach: 403, employer: 403, provider: "ok", admin: "ok" } as const;
const PLACE_READS = { anonymous: 401, coach: "ok", employer: "ok", provider: 403, admin: "ok" } as const;
const COACH_ONLY = { anonymous: 401, coach: "ok", employer: 403, provider: 403, admin: "ok" } as const;

const expectations: Record<string, Record<Caller, Outcome>> = {
  "GET /health": ALL_OK,
  "GET /openapi.json": ALL_OK,
  "GET /occupations": ALL_OK,
  "GET /occupations/{code}": ALL_OK,
  "GET /postal-codes/{code}": ALL_OK,
  "POST /mentoring-places": EMPLOYER_WRITES,
  "GET /mentoring-places": PLACE_READS,
  "GET /mentoring-places/{id}": PLACE_READS,
  "PATCH /mentoring-places/{id}": EMPLOYER_WRITES,
  "DELETE /mentoring-places/{id}": EMPLOYER_WRITES,
  "POST /qualification-offers": PROVIDER_WRITES,
  "GET /qualification-offers": ALL_OK,
  "GET /qualification-offers/{id}": ALL_OK,
  "PATCH /qualification-offers/{id}": PROVIDER_WRITES,
  "DELETE /qualification-offers/{id}": PROVIDER_WRITES,
  "POST /matches": COACH_ONLY,
  "POST /candidates": COACH_ONLY,
  "GET /candidates": COACH_ONLY,
  "GET /candidates/{id}": COACH_ONLY,
  "PATCH /candidates/{id}": COACH_ONLY,
  "DELETE /candidates/{id}": COACH_ONLY,
  "GET /candidates/{id}/matches": COACH_ONLY,
  "GET /candidates/{id}/export": COACH_ONLY,
  "POST /referrals": COACH_ONLY,
  "GET /referrals": PLACE_READS,
  "POST /referrals/{id}/accept": EMPLOYER_WRITES,
  "POST /referrals/{id}/decline": EMPLOYER_WRITES,
  "POST /referrals/{id}/withdraw": COACH_ONLY,
};

const ORG = "musterorg";
const callers: Caller[] = ["anonymous", "coach", "employer", "provider", "admin"];
let server: TestServer;
const tokens = new Map<Caller, string>();
const ids: Record<string, string> = {};

const bodies: Record<string, unknown> = {
  "POST /mentoring-places": placeInput(),
  "POST /qualification-offers": offerInput(),
  "POST /matches": { occupation: "81302", location: { postalCode: "33330" } },
  "PATCH /mentoring-places/{id}": { capacity: 3 },
  "PATCH /qualification-offers/{id}": { seats: 9 },
  "POST /candidates": candidateInput(),
  "PATCH /candidates/{id}": { germanLevel: "B2" },
  "POST /referrals": { candidateId: "unknown", placeId: "unknown" },
};

beforeAll(async () => {
  server = await startTestServer();
  for (const caller of callers)
    if (caller !== "anonymous") tokens.set(caller, await server.token(caller, ORG));
  const create = async (path: string, body: object, role: Role) => {
    const res = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.get(role)}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return ((await res.json()) as { id: string }).id;
  };
  ids["/mentoring-places"] = await create(
    "/mentoring-places",
    placeInput({ status: "published" }),
    "employer",
  );
  ids["/qualification-offers"] = await create(
    "/qualification-offers",
    offerInput({ status: "published" }),
    "provider",
  );
  ids["/candidates"] = await create("/candidates", candidateInput(), "coach");
  ids["/referrals"] = await create(
    "/referrals",
    { candidateId: ids["/candidates"], placeId: ids["/mentoring-places"] },
    "coach",
  );
});
afterAll(() => server.close());

// DELETE last: it archives the items the other routes read.
const ordered = [...routes].sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"));

describe("route access matrix", () => {
  it("has an expectation for every route of the route table", () => {
    expect(Object.keys(expectations).sort()).toEqual(routes.map(routeKey).sort());
  });

  for (const route of ordered) {
    it.each(callers)(`${routeKey(route)} as %s`, async (caller) => {
      const path = route.path
        .replace("{code}", route.path.startsWith("/postal") ? "33330" : "26212")
        .replace("{id}", ids[`/${route.path.split("/")[1]}`] ?? "");
      const token = tokens.get(caller);
      const body = bodies[routeKey(route)];
      const res = await fetch(`${server.url}${path}${route.path === "/occupations" ? "?q=Pflege" : ""}`, {
        method: route.method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { "content-type": "application/json" } : {}),
          "if-match": "*",
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const expected = expectations[routeKey(route)]?.[caller];
      if (expected === "ok") expect([401, 403]).not.toContain(res.status);
      else {
        expect(res.status).toBe(expected);
        expect(res.headers.get("content-type")).toContain("application/problem+json");
      }
      expect(res.status).toBeLessThan(500);
    });
  }
});
