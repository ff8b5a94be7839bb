import { beforeAll, describe, expect, it } from "vitest";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { organisationNames } from "../../shared/db/organisation-names.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";

let deps: Deps;
let handler: RouteHandler;
const admin: Caller = { role: "admin", org: "iq-netzwerk", sub: "admin-1" };
const employer: Caller = { role: "employer", org: "elektro-brinkmann-verl", sub: "emp-1" };
const coach: Caller = { role: "coach", org: "mozaik", sub: "coach-1" };
const brinkmann = { name: "Elektro Brinkmann GmbH & Co. KG", kind: "employer", district: "Kreis Gütersloh" };

const call = (key: string, options: Parameters<typeof invoke>[2] = {}) => invoke(handler, key, options);
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();

beforeAll(async () => {
  deps = await testDeps();
  handler = dispatch(organisationRoutes(deps));
  const created = await call("PUT /organisations/{org}", {
    caller: admin,
    params: { org: "elektro-brinkmann-verl" },
    body: brinkmann,
  });
  expect(created.status).toBe(200);
  await call("PUT /organisations/{org}", {
    caller: admin,
    params: { org: "mozaik" },
    body: { name: "MOZAIK gGmbH", kind: "coaching" },
  });
}, 30_000);

describe("organisations", () => {
  it("any signed-in user reads an organisation; unknown or malformed slugs are 404", async () => {
    const read = await call("GET /organisations/{org}", {
      caller: coach,
      params: { org: "elektro-brinkmann-verl" },
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ org: "elektro-brinkmann-verl", ...brinkmann, version: 1 });
    expect(read.headers.etag).toBe('"1"');
    for (const org of ["unbekannt", "../x", "A"]) {
      const missing = await call("GET /organisations/{org}", { caller: coach, params: { org } });
      expect(missing.status, org).toBe(404);
    }
    expect((await call("GET /organisations/{org}", { params: { org: "mozaik" } })).status).toBe(401);
  });

  it("a member changes its own organisation with If-Match; another organisation's member may not", async () => {
    const org = { org: "elektro-brinkmann-verl" };
    const body = { ...brinkmann, website: "https://brinkmann.example.org" };
    const foreign = await call("PUT /organisations/{org}", {
      caller: coach,
      params: org,
      body,
      headers: { "if-match": '"1"' },
    });
    expect(foreign.status).toBe(403);
    const missing = await call("PUT /organisations/{org}", { caller: employer, params: org, body });
    expect(missing.status).toBe(428);
    const stale = await call("PUT /organisations/{org}", {
      caller: employer,
      params: org,
      body,
      headers: { "if-match": '"7"' },
    });
    expect(stale.status).toBe(412);
    const ok = await call("PUT /organisations/{org}", {
      caller: employer,
      params: org,
      body,
      headers: { "if-match": '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ website: "https://brinkmann.example.org", version: 2 });
    expect(ok.headers.etag).toBe('"2"');
  });

  it("refuses bad input naming the field and changes nothing", async () => {
    const bad = await call("PUT /organisations/{org}", {
      caller: admin,
      params: { org: "mozaik" },
      body: { name: "", kind: "verein", website: "brinkmann", slug: "x" },
      headers: { "if-match": "*" },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(["kind", "name", "slug", "website"]);
    const read = await call("GET /organisations/{org}", { caller: admin, params: { org: "mozaik" } });
    expect(read.body).toMatchObject({ name: "MOZAIK gGmbH", version: 1 });
  });

  it("creates only when absent: If-Match on an unknown organisation is 412; only an admin creates (names) one", async () => {
    const body = { name: "Neue Firma GmbH", kind: "employer" };
    const newcomer: Caller = { role: "employer", org: "neue-firma", sub: "emp-2" };
    const ghost = await call("PUT /organisations/{org}", {
      caller: newcomer,
      params: { org: "neue-firma" },
      body,
      headers: { "if-match": '"1"' },
    });
    expect(ghost.status).toBe(412);
    const named = await call("PUT /organisations/{org}", {
      caller: newcomer,
      params: { org: "neue-firma" },
      body,
    });
    expect(named.status).toBe(403);
    expect(paths(named.body)).toEqual(["name"]);
    expect(
      (await call("GET /organisations/{org}", { caller: admin, params: { org: "neue-firma" } })).status,
    ).toBe(404);
    const created = await call("PUT /organisations/{org}", {
      caller: admin,
      params: { org: "neue-firma" },
      body,
    });
    expect(created.status).toBe(200);
    expect(created.body.version).toBe(1);
  });

  it("lists organisations for admins only, by slug, paged", async () => {
    expect((await call("GET /organisations", { caller: coach })).status).toBe(403);
    const first = await call("GET /organisations", { caller: admin, query: "limit=2" });
    expect(first.status).toBe(200);
    expect(first.body.items.map((o: { org: string }) => o.org)).toEqual(["elektro-brinkmann-verl", "mozaik"]);
    const rest = await call("GET /organisations", {
      caller: admin,
      query: `limit=2&cursor=${first.body.nextCursor}`,
    });
    expect(rest.body.items.map((o: { org: string }) => o.org)).toEqual(["neue-firma"]);
    expect((await call("GET /organisations", { caller: admin, query: "limit=0" })).status).toBe(400);
  });

  it("names a page's organisations in one read, leaving unknown slugs out", async () => {
    const names = await organisationNames(deps, ["mozaik", "mozaik", "unbekannt", "elektro-brinkmann-verl"]);
    expect(Object.fromEntries(names)).toEqual({
      mozaik: "MOZAIK gGmbH",
      "elektro-brinkmann-verl": "Elektro Brinkmann GmbH & Co. KG",
    });
  });
});

describe("profiles (/me)", () => {
  it("answers the token's identity with notify 'immediately' before anything was saved", async () => {
    const res = await call("GET /me", { caller: coach });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sub: "coach-1",
      org: "mozaik",
      role: "coach",
      orgName: "MOZAIK gGmbH",
      notify: "immediately",
      version: 0,
    });
  });

  it("stores the work contact; sub, org and role always come from the token", async () => {
    const body = {
      name: "Leyla Demir",
      email: "leyla.demir@example.org",
      phone: "+49 521 000001",
      notify: "daily",
    };
    const saved = await call("PUT /me", { caller: coach, body });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...body, sub: "coach-1", org: "mozaik", role: "coach", version: 1 });
    const read = await call("GET /me", { caller: coach });
    expect(read.body).toMatchObject({ ...body, version: 1 });
    const other = await call("GET /me", { caller: { ...coach, sub: "coach-2" } });
    expect(other.body).not.toHaveProperty("name");

    const smuggled = await call("PUT /me", {
      caller: coach,
      body: { ...body, org: "elektro-brinkmann-verl", role: "admin" },
    });
    expect(smuggled.status).toBe(400);
    expect(paths(smuggled.body)).toEqual(["org", "role"]);
  });

  it("refuses an unknown notify value, a bad e-mail and too long fields, naming each", async () => {
    const bad = await call("PUT /me", {
      caller: employer,
      body: { name: "x".repeat(121), email: "kein-mail", phone: "ruf mich an", notify: "weekly" },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(["email", "name", "notify", "phone"]);
    expect((await call("GET /me", { caller: employer })).body.version).toBe(0);
  });
});

describe("demo organisations", () => {
  it("seeds every demo organisation with its name once, leaving renamed ones as they are", async () => {
    const fresh = await testDeps();
    const { seedDemoOrganisations } = await import("../../local/demo/seed-organisations.ts");
    const { demoOrganisations } = await import("../../local/demo/demo-organisations.ts");
    expect(await seedDemoOrganisations(fresh)).toBe(Object.keys(demoOrganisations).length + 1);
    const names = await organisationNames(fresh, ["mozaik", "klinikum-am-sparrenberg", "iq-netzwerk"]);
    expect(names.get("mozaik")).toBe("MOZAIK gGmbH");
    expect(names.get("klinikum-am-sparrenberg")).toBe("Klinikum am Sparrenberg gGmbH");
    expect(names.get("iq-netzwerk")).toMatch(/^IQ Netzwerk/);
    expect(await seedDemoOrganisations(fresh)).toBe(0);
  }, 60_000);
});

describe("names instead of slugs", () => {
  it("a coach's match results carry the organisation's name next to its slug", async () => {
    const { listingHandlers } = await import("../../shared/http/listing-handlers.ts");
    const { mentoringPlaceResource } = await import("../../shared/app/listing-resources.ts");
    const { matchRoutes } = await import("../../functions/matches/routes.ts");
    const { placeInput } = await import("../support/fixtures.ts");
    const places = dispatch(listingHandlers(mentoringPlaceResource, deps));
    const created = await invoke(places, "POST /mentoring-places", {
      caller: employer,
      body: placeInput({ status: "published" }),
    });
    expect(created.status).toBe(201);
    const found = await invoke(dispatch(matchRoutes(deps)), "POST /matches", {
      caller: coach,
      body: { occupation: "81302", location: { postalCode: "33330" }, include: ["places"] },
    });
    expect(found.status).toBe(200);
    expect(found.body.places[0].item).toMatchObject({
      org: "elektro-brinkmann-verl",
      orgName: "Elektro Brinkmann GmbH & Co. KG",
    });
  }, 60_000);
});
