import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { organisationNameClaimKey } from "../../shared/db/keys.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";

/** "Names are not a disguise": only admins name organisations, and no two share a name. */
let deps: Deps;
let handler: RouteHandler;
const admin: Caller = { role: "admin", org: "iq-netzwerk", sub: "admin-1" };
const employer: Caller = { role: "employer", org: "brinkmann", sub: "emp-1" };
const KLINIKUM = "Klinikum am Sparrenberg gGmbH";

const call = (key: string, options: Parameters<typeof invoke>[2] = {}) => invoke(handler, key, options);
const put = (caller: Caller, org: string, name: string, version?: number, extra = {}) =>
  call("PUT /organisations/{org}", {
    caller,
    params: { org },
    body: { name, kind: "employer", ...extra },
    ...(version ? { headers: { "if-match": `"${version}"` } } : {}),
  });
const read = async (org: string) =>
  (await call("GET /organisations/{org}", { caller: admin, params: { org } })).body;
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
const claimOf = async (name: string) =>
  (await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: organisationNameClaimKey(name) })))
    .Item;

beforeAll(async () => {
  deps = await testDeps();
  handler = dispatch(organisationRoutes(deps));
  expect((await put(admin, "klinikum-am-sparrenberg", KLINIKUM)).status).toBe(200);
  expect((await put(admin, "brinkmann", "Elektro Brinkmann GmbH")).status).toBe(200);
}, 30_000);

describe("only admins set an organisation's name", () => {
  it("a member renaming its own organisation (to another's name) gets 403 naming `name`, nothing written", async () => {
    for (const name of [KLINIKUM, "Brinkmann Elektro"]) {
      const res = await put(employer, "brinkmann", name, 1);
      expect(res.status, name).toBe(403);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(paths(res.body)).toEqual(["name"]);
    }
    expect(await read("brinkmann")).toMatchObject({ name: "Elektro Brinkmann GmbH", version: 1 });
  });

  it("a member still describes its organisation under the name it has", async () => {
    const res = await put(employer, "brinkmann", "Elektro Brinkmann GmbH", 1, {
      district: "Kreis Gütersloh",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "Elektro Brinkmann GmbH",
      district: "Kreis Gütersloh",
      version: 2,
    });
  });
});

describe("names are unique (case, width and spaces do not count)", () => {
  it.each([
    KLINIKUM,
    "KLINIKUM AM SPARRENBERG GGMBH",
    " Klinikum  am\u00A0Sparrenberg gGmbH",
    "Ｋｌｉｎｉｋｕｍ am Sparrenberg gGmbH",
  ])("an admin naming another organisation %j gets 409 naming `name`, nothing written", async (name) => {
    const renamed = await put(admin, "brinkmann", name, 2, { district: "Kreis Gütersloh" });
    expect(renamed.status).toBe(409);
    expect(renamed.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(paths(renamed.body)).toEqual(["name"]);
    const created = await put(admin, "neu-1", name);
    expect(created.status).toBe(409);
    expect(paths(created.body)).toEqual(["name"]);
    expect(await read("brinkmann")).toMatchObject({ name: "Elektro Brinkmann GmbH", version: 2 });
    expect((await call("GET /organisations/{org}", { caller: admin, params: { org: "neu-1" } })).status).toBe(
      404,
    );
  });

  it("a renamed organisation gives its old name free and holds the new one; its own name in new case is fine", async () => {
    expect((await put(admin, "brinkmann", "ELEKTRO BRINKMANN GMBH", 2)).status).toBe(200);
    expect((await put(admin, "brinkmann", "Brinkmann Elektrotechnik GmbH", 3)).status).toBe(200);
    expect(await claimOf("elektro brinkmann gmbh")).toBeUndefined();
    expect(await claimOf("brinkmann elektrotechnik gmbh")).toMatchObject({ org: "brinkmann" });
    expect((await put(admin, "brinkmann-alt", "Elektro Brinkmann GmbH")).status).toBe(200);
    expect((await put(admin, "neu-2", "brinkmann elektrotechnik gmbh")).status).toBe(409);
  });

  it("of concurrent admins giving one name (in four spellings) to eight organisations, exactly one wins", async () => {
    const spellings = [
      "Bildungswerk OWL",
      "BILDUNGSWERK OWL",
      "bildungswerk  owl",
      "Ｂｉｌｄｕｎｇｓｗｅｒｋ OWL",
    ];
    const orgs = Array.from({ length: 8 }, (_, i) => `race-${i}`);
    const answers = await Promise.all(orgs.map((org, i) => put(admin, org, spellings[i % 4] ?? "")));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = orgs[answers.findIndex((a) => a.status === 200)];
    const exist = await Promise.all(orgs.map(async (org) => (await read(org)).org));
    expect(exist.filter(Boolean)).toEqual([winner]);
    expect(await claimOf("bildungswerk owl")).toMatchObject({ org: winner });
  });

  it("of two organisations renamed to one name at once, exactly one gets it", async () => {
    expect((await put(admin, "pair-a", "Paar A")).status).toBe(200);
    expect((await put(admin, "pair-b", "Paar B")).status).toBe(200);
    const [a, b] = await Promise.all([
      put(admin, "pair-a", "Gemeinsam", 1),
      put(admin, "pair-b", "GEMEINSAM", 1),
    ]);
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const names = [(await read("pair-a")).name, (await read("pair-b")).name];
    expect(names).toEqual(a?.status === 200 ? ["Gemeinsam", "Paar B"] : ["Paar A", "GEMEINSAM"]);
  });
});
