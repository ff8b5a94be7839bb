import { beforeAll, describe, expect, it } from "vitest";
import { MAX_TOPICS_READ } from "../../shared/db/topic-counts-read.ts";
import { apiHandler, MAX_JSON_BODY_BYTES } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { type Api, directApi } from "./support/api.ts";
import { commandLog, type SentCommand } from "./support/command-log.ts";
import { fuzzTargets } from "./support/fuzz-targets.ts";
import { LIST_QUERIES, LISTERS, listerOf, queryParameters } from "./support/listers.ts";
import { OWN, seedWorld, type World } from "./support/world.ts";

/**
 * Limits: bodies over 256 KB are refused (413, before parsing); `limit` past a list's maximum is
 * a 400 and no read ever asks DynamoDB for more than the maximum.
 */
let api: Api;
let world: World;
let log: { sent: SentCommand[] };

beforeAll(async () => {
  const deps = await testDeps();
  api = directApi(deps);
  world = await seedWorld(api);
  log = commandLog(deps);
});

const jsonRoutes = routes.filter((route) => route.body);
const padded = (bytes: number) => {
  const shell = JSON.stringify({ title: "" });
  return JSON.stringify({ title: "x".repeat(bytes - shell.length) });
};

describe("body size", () => {
  it.each(jsonRoutes.map(routeKey))("%s refuses a body over 256 KB with 413 problem+json", async (key) => {
    const target = fuzzTargets[key];
    log.sent.length = 0;
    const res = await api(key, {
      caller: target?.caller,
      params: target?.params?.(world.own),
      body: padded(MAX_JSON_BODY_BYTES + 1),
      headers: target?.headers,
    });
    expect([res.status, res.headers["content-type"]]).toEqual([
      413,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    expect(res.body).toMatchObject({
      status: 413,
      limitBytes: 262_144,
      detail: expect.stringContaining("256 KB"),
    });
    expect(log.sent).toEqual([]);
  });

  it("takes exactly 256 KB (and then judges the content)", async () => {
    const caller = { role: "employer" as const, org: OWN };
    const at = await api("POST /mentoring-places", { caller, body: padded(MAX_JSON_BODY_BYTES) });
    expect(at.status).toBe(400);
    const over = await api("POST /mentoring-places", { caller, body: padded(MAX_JSON_BODY_BYTES + 1) });
    expect(over.status).toBe(413);
  });

  it("counts the decoded bytes of a base64 body, and is an option per route", async () => {
    const echo = apiHandler({ auth: "none", maxBodyBytes: 1024 * 1024 }, async () => json(200, { ok: true }));
    const send = (bytes: number) => invoke(echo, "POST /upload", { body: "a".repeat(bytes) });
    expect((await send(600 * 1024)).status).toBe(200);
    expect(await send(1024 * 1024 + 1)).toMatchObject({ status: 413, body: { limitBytes: 1024 * 1024 } });
    const small = apiHandler({ auth: "none" }, async () => json(200, { ok: true }));
    const base64 = Buffer.alloc(MAX_JSON_BODY_BYTES + 1, "a").toString("base64");
    const event = {
      routeKey: "POST /x",
      headers: {},
      body: base64,
      isBase64Encoded: true,
      requestContext: {},
    };
    const res = await small(event as never, {} as never);
    expect(res.statusCode).toBe(413);
  });
});

describe("list limits", () => {
  const lists = routes.filter((route) => "limit" in queryParameters(route));

  it("every route that takes `limit` declares a maximum, and has a lister here", () => {
    for (const route of lists) {
      expect(queryParameters(route).limit?.maximum, routeKey(route)).toBeGreaterThan(0);
      expect(Object.keys(LISTERS), routeKey(route)).toContain(routeKey(route));
    }
  });

  it.each(lists.map(routeKey))("%s: limit past the maximum is a 400 naming query.limit", async (key) => {
    const route = lists.find((r) => routeKey(r) === key);
    const max = (route && queryParameters(route).limit?.maximum) ?? 0;
    const call = (limit: string) =>
      api(key, { caller: listerOf(key), query: `${LIST_QUERIES[key] ?? ""}${limit}` });
    expect((await call(`limit=${max}`)).status).toBe(200);
    for (const limit of [max + 1, 1_000_000, "1e9", 0, -1, 1.5, "abc", `${max}&limit=${max + 1}`]) {
      const res = await call(`limit=${limit}`);
      expect([limit, res.status, (res.body as { errors?: { path: string }[] }).errors?.[0]?.path]).toEqual([
        limit,
        400,
        "query.limit",
      ]);
    }
  });

  it("never asks DynamoDB for more items than a list's maximum, and never scans", () => {
    const reads = log.sent.filter((c) => c.name === "QueryCommand" || c.name === "ScanCommand");
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read.name).toBe("QueryCommand");
      // GET /topics ranks a Berufsgruppe's topic counters by use: one partition, capped at its own bound.
      const topics = JSON.stringify(read.input.ExpressionAttributeValues ?? {}).includes('"TOPICS#');
      expect(read.input.Limit).toBeLessThanOrEqual(topics ? MAX_TOPICS_READ : 100);
    }
  });

  it("POST /matches caps its limit and radius", async () => {
    const caller = { role: "coach" as const, org: OWN };
    const body = { occupation: "81302", location: { postalCode: "33330" } };
    for (const [field, value] of [
      ["limit", 101],
      ["radiusKm", 301],
      ["limit", 1e9],
    ] as const) {
      const res = await api("POST /matches", { caller, body: { ...body, [field]: value } });
      expect([res.status, (res.body as { errors?: { path: string }[] }).errors?.[0]?.path]).toEqual([
        400,
        field,
      ]);
    }
  });
});
