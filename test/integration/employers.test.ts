import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { coachOf, employerBody, employerWorld, ORGS } from "../support/employer-world.ts";

let deps: Deps;
let world: Awaited<ReturnType<typeof employerWorld>>;
const leipzig = coachOf(ORGS.leipzig.org);
const chemnitz = coachOf(ORGS.chemnitz.org);
const paths = (body: unknown) => ((body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
const names = (body: unknown) => (body as { items: { name: string }[] }).items.map((e) => e.name);

/** Every item the table holds for the organisation's employer list (what a bad request must not add to). */
const listed = async (org: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": `ORG#${org}#EMPL` },
      }),
    )
  ).Items ?? [];

beforeAll(async () => {
  deps = await testDeps();
  world = await employerWorld(deps);
}, 30_000);

describe("employer records", () => {
  it("creates a record with the district from its postal code, reads it with its version", async () => {
    const created = await world.call("POST /employers", { caller: leipzig, body: employerBody() });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.headers.location).toBe(`/employers/${id}`);
    expect(created.body).toEqual({
      id,
      counsellingOrg: "iq-leipzig",
      ...employerBody(),
      district: { code: "14713", name: "Kreisfreie Stadt Leipzig" },
      createdAt: "2026-11-23T10:00:00.000Z",
      updatedAt: "2026-11-23T10:00:00.000Z",
      version: 1,
    });
    const read = await world.call("GET /employers/{id}", { caller: leipzig, params: { id } });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it.each([
    ["sector", { sector: "Z" }, "sector"],
    ["size", { size: "huge" }, "size"],
    ["a contact without consent date", { contact: { name: "Anna Beispiel" } }, "contact.consentDate"],
    ["an unknown postal code", { postalCode: "00000" }, "postalCode"],
    ["an organisation that is not an employer's", { org: ORGS.provider.org }, "org"],
    ["an unknown organisation", { org: "gibt-es-nicht" }, "org"],
  ])("refuses %s with 400 naming the field, writing nothing", async (_, overrides, path) => {
    const before = (await listed("iq-chemnitz")).length;
    const res = await world.call("POST /employers", { caller: chemnitz, body: employerBody(overrides) });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([path]);
    expect((await listed("iq-chemnitz")).length).toBe(before);
  });

  it("links the employer's own Passung organisation", async () => {
    const res = await world.call("POST /employers", {
      caller: chemnitz,
      body: employerBody({ name: "Elektro Groß GmbH", org: ORGS.company.org, contact: undefined }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ org: "elektro-gross", district: { code: "14713" } });
    expect(res.body).not.toHaveProperty("contact");
  });

  it("is for counselling organisations only: an employer's or provider's staff get 403", async () => {
    for (const caller of [
      { role: "coach" as const, org: ORGS.company.org },
      { role: "employer" as const, org: ORGS.company.org },
      { role: "provider" as const, org: ORGS.provider.org },
    ]) {
      const res = await world.call("POST /employers", { caller, body: employerBody() });
      expect(res.status, `${caller.role}@${caller.org}`).toBe(403);
      expect((await world.call("GET /employers", { caller })).status).toBe(403);
    }
  });

  it("shows another organisation nothing: 404 for the record, its sessions and measures; not in its list", async () => {
    const id = await world.create(leipzig, { name: "Geheimbetrieb Leipzig" });
    const params = { id };
    const ifMatch = { "if-match": '"1"' };
    for (const [key, options] of [
      ["GET /employers/{id}", {}],
      ["PATCH /employers/{id}", { body: { size: "large" }, headers: ifMatch }],
      ["DELETE /employers/{id}", { headers: ifMatch }],
      ["GET /employers/{id}/sessions", {}],
      ["GET /employers/{id}/measures", {}],
      [
        "POST /employers/{id}/sessions",
        { body: { date: "2026-11-20", format: "phone", minutes: 30, topics: ["funding"] } },
      ],
      [
        "POST /employers/{id}/measures",
        { body: { title: "Leitbild", topic: "onboarding", due: "2026-12-01" } },
      ],
    ] as const) {
      const res = await world.call(key, { caller: chemnitz, params, ...options });
      expect(res.status, key).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("Geheimbetrieb");
    }
    const admin = { role: "admin" as const, org: ORGS.chemnitz.org };
    expect((await world.call("GET /employers/{id}", { caller: admin, params })).status).toBe(404);
    const search = await world.call("GET /employers", { caller: chemnitz, query: "q=geheim" });
    expect(search.body).toEqual({ items: [] });
    const own = await world.call("GET /employers/{id}", { caller: leipzig, params });
    expect(own.body).toMatchObject({ name: "Geheimbetrieb Leipzig", version: 1 });
  });

  it("changes a record with If-Match: stale 412, missing 428; contact: null removes the contact", async () => {
    const id = await world.create(leipzig, { name: "Umbau Werkstatt" });
    const params = { id };
    const change = { size: "medium", postalCode: "09111", contact: null };
    const stale = await world.call("PATCH /employers/{id}", {
      caller: leipzig,
      params,
      body: change,
      headers: { "if-match": '"7"' },
    });
    expect(stale.status).toBe(412);
    expect(
      (await world.call("PATCH /employers/{id}", { caller: leipzig, params, body: change })).status,
    ).toBe(428);
    const changed = await world.call("PATCH /employers/{id}", {
      caller: leipzig,
      params,
      body: change,
      headers: { "if-match": '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body).toMatchObject({ size: "medium", district: { code: "14511" }, version: 2 });
    expect(changed.body).not.toHaveProperty("contact");
    const bad = await world.call("PATCH /employers/{id}", {
      caller: leipzig,
      params,
      body: { sector: "Ä" },
      headers: { "if-match": '"2"' },
    });
    expect(paths(bad.body)).toEqual(["sector"]);
    const read = await world.call("GET /employers/{id}", { caller: leipzig, params });
    expect(read.body).toMatchObject({ sector: "C", version: 2 });
  });

  it("two changes with the same If-Match: exactly one wins", async () => {
    const id = await world.create(leipzig, { name: "Wettlauf AG" });
    const patch = (size: string) =>
      world.call("PATCH /employers/{id}", {
        caller: leipzig,
        params: { id },
        body: { size },
        headers: { "if-match": '"1"' },
      });
    const statuses = (await Promise.all([patch("micro"), patch("large")])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412]);
  });

  it("creates once per Idempotency-Key", async () => {
    const headers = { "idempotency-key": "employer-once-1" };
    const body = employerBody({ name: "Einmalig GmbH" });
    const [a, b] = await Promise.all([
      world.call("POST /employers", { caller: chemnitz, body, headers }),
      world.call("POST /employers", { caller: chemnitz, body, headers }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((a.body as { id: string }).id).toBe((b.body as { id: string }).id);
    const found = await world.call("GET /employers", { caller: chemnitz, query: "q=einmalig" });
    expect(names(found.body)).toEqual(["Einmalig GmbH"]);
  });
});

describe("searching employer records", () => {
  let searcher: ReturnType<typeof coachOf>;
  beforeAll(async () => {
    const org = "iq-suche";
    searcher = coachOf(org);
    await world.describeOrg(org, "Beratung Suche", "coaching");
    for (const name of [
      "Bäckerei Müller GmbH",
      "Müller Backwaren",
      "Bau und Baustoffe Schulz",
      "Elektro Groß",
      "Pflegedienst Sonnenschein",
    ])
      await world.create(searcher, { name });
    // Another organisation's record with the same words: never found.
    await world.create(leipzig, { name: "Bäckerei Müller Leipzig" });
  }, 30_000);

  const search = async (q: string, extra = "") =>
    world.call("GET /employers", { caller: searcher, query: `q=${encodeURIComponent(q)}${extra}` });

  it.each([
    ["bäck", ["Bäckerei Müller GmbH", "Müller Backwaren"]],
    ["BACK", ["Bäckerei Müller GmbH", "Müller Backwaren"]],
    ["muller", ["Bäckerei Müller GmbH", "Müller Backwaren"]],
    ["müller bäckerei", ["Bäckerei Müller GmbH"]],
    ["gross", ["Elektro Groß"]],
    ["bau", ["Bau und Baustoffe Schulz"]],
    ["sonne", ["Pflegedienst Sonnenschein"]],
    ["schein", []],
    ["mul ger", []],
  ])(
    "q=%s finds %j (by a word's beginning, case and diacritics ignored, each name once)",
    async (q, expected) => {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect(names(res.body).sort()).toEqual([...expected].sort());
    },
  );

  it("pages the list A to Z and the search, each name once, reading only the own organisation's index", async () => {
    const sent = recordCommands(deps);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await world.call("GET /employers", {
        caller: searcher,
        query: `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      });
      seen.push(...names(res.body));
      cursor = (res.body as { nextCursor?: string }).nextCursor;
    } while (cursor);
    // By the folded name: "backerei" before "bau".
    expect(seen).toEqual([
      "Bäckerei Müller GmbH",
      "Bau und Baustoffe Schulz",
      "Elektro Groß",
      "Müller Backwaren",
      "Pflegedienst Sonnenschein",
    ]);
    const found: string[] = [];
    do {
      const res = await search("b", `&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      found.push(...names(res.body));
      cursor = (res.body as { nextCursor?: string }).nextCursor;
    } while (cursor);
    expect(found.sort()).toEqual(["Bau und Baustoffe Schulz", "Bäckerei Müller GmbH", "Müller Backwaren"]);
    expect(sent).not.toContain("ScanCommand");
  });

  it("refuses another organisation's cursor", async () => {
    const other = await world.call("GET /employers", { caller: leipzig, query: "limit=1" });
    const cursor = (other.body as { nextCursor: string }).nextCursor;
    const res = await world.call("GET /employers", { caller: searcher, query: `cursor=${cursor}` });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(["query.cursor"]);
  });
});
