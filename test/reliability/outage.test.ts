import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ROUTE_GROUPS } from "../../infra/route-groups.ts";
import { HEALTH_TIMEOUT_MS } from "../../shared/db/table-health.ts";
import { isTransient } from "../../shared/http/problem-middleware.ts";
import { type Route, routeKey, routes } from "../../shared/http/routes.ts";
import { documentClient, FUNCTION_DB_LIMITS } from "../../shared/runtime.ts";
import { accessExpectations } from "./access-expectations.ts";
import { type Answer, type Api, httpApi } from "./support/api.ts";
import { runBurst } from "./support/burst.ts";
import { pool } from "./support/pool.ts";
import { startProxiedServer } from "./support/proxied-server.ts";
import { routeRequests } from "./support/route-requests.ts";
import { type Item, integrityProblems, scanTable } from "./support/table-integrity.ts";
import { OWN, seedNotices, seedWorld, type World } from "./support/world.ts";

/**
 * DynamoDB unreachable — refused (stopped) or hanging — while the service runs: every route that
 * needs the table answers 503 problem+json with Retry-After before its function would time out;
 * routes that do not need it keep answering. Connections cut in the middle of a burst of writes
 * leave no half-written item, and a retry with the same Idempotency-Key completes exactly once.
 */
const WITHOUT_TABLE = new Set([
  "GET /openapi.json",
  "GET /occupations",
  "GET /occupations/{code}",
  "GET /postal-codes/{code}",
  "GET /recognition/bodies",
  "GET /mentoring-places/import-template",
  "GET /qualification-offers/import-template",
  "GET /statistics/targets",
]);

/**
 * The shortest timeout of a function that uses the table through the client's retries
 * (infra/route-groups.ts). The health probe (meta) gives up on its own after HEALTH_TIMEOUT_MS.
 */
const SHORTEST_TIMEOUT_MS =
  1000 *
  Math.min(
    ...Object.entries(ROUTE_GROUPS).flatMap(([group, g]) =>
      g.tableActions.length && group !== "meta" ? [g.timeoutSeconds] : [],
    ),
  );

let server: Awaited<ReturnType<typeof startProxiedServer>>;
let api: Api;
let world: World;

beforeAll(async () => {
  server = await startProxiedServer();
  api = httpApi(server);
  world = await seedWorld(api);
  await seedNotices(server.deps, world);
});
afterAll(() => server?.close());

/** Every route as an admin of the own organisation (admins pass every role check), all at once. */
const callAsAdmin = (route: Route) => {
  const caller = { role: "admin", org: OWN } as const;
  return api(routeKey(route), { ...routeRequests[routeKey(route)]?.(world, "own", caller), caller });
};
const callEveryRoute = () =>
  pool(routes, routes.length, async (route) => ({ route, res: await callAsAdmin(route) }));

const normalStatus = (route: Route) => accessExpectations[routeKey(route)]?.admin[0];

function expectUnavailable(results: { route: Route; res: Answer }[]) {
  for (const { route, res } of results) {
    const key = routeKey(route);
    if (WITHOUT_TABLE.has(key)) {
      expect(res.status, key).toBe(normalStatus(route));
      continue;
    }
    expect([res.status, res.headers["content-type"]], key).toEqual([
      503,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    expect(res.body, key).toMatchObject({ status: 503, type: expect.stringMatching(/service-unavailable$/) });
    expect(Number(res.headers["retry-after"]), key).toBeGreaterThanOrEqual(1);
  }
}

describe("the integrity check", () => {
  it("notices what a half-finished write would leave behind", async () => {
    const items = await scanTable(server.deps);
    expect(integrityProblems(items)).toEqual([]);
    const find = (test: (item: Item) => boolean) => items.find(test) ?? { PK: "", SK: "" };
    const entry = find((i) => i.PK.startsWith("MATCH#"));
    const guard = find((i) => i.SK.startsWith("ACTIVE#"));
    const place = find((i) => i.SK === "PLACE" && i.status === "published");
    const counter = find((i) => i.PK.startsWith("STATS#"));
    const without = (gone: Item) => items.filter((i) => i !== gone);
    const changed = (old: Item, by: Partial<Item>) => items.map((i) => (i === old ? { ...i, ...by } : i));
    expect(integrityProblems(without(entry))).toEqual([expect.stringMatching(/^missing match entry/)]);
    expect(integrityProblems(without(guard))).toEqual([expect.stringMatching(/without its guard$/)]);
    const seats = integrityProblems(changed(place, { acceptedCount: 1 }));
    expect(seats).toContainEqual(expect.stringMatching(/acceptedCount 1, 0 accepted$/));
    expect(integrityProblems(changed(counter, { places: 99, offers: 99 }))).toHaveLength(1);
    const candidate = find((i) => i.SK === "CAND");
    const twin = { ...candidate, PK: "CAND#twin", id: "twin" };
    expect(integrityProblems([...items, twin])).toContainEqual(
      `case number ${candidate.reference} issued twice`,
    );
    const year = String(candidate.reference).split("-")[1];
    const caseCounter = find((i) => i.PK === `CASENO#${candidate.org}#${year}`);
    expect(integrityProblems(without(caseCounter))).toContainEqual(
      `case number ${candidate.reference} beyond its counter`,
    );
  });
});

/**
 * The SDK's standard retry strategy waits before retry i (0-based) at most 100 ms × 2^i for a
 * timeout (@smithy/core retry: DefaultRetryBackoffStrategy, full jitter below that bound).
 */
const retryDelayBoundMs = (retry: number) => 100 * 2 ** retry;

describe("DynamoDB outage", () => {
  // Whether a hanging DynamoDB is given up on before the function times out is a property of the
  // client's limits, not of how busy this machine is: check the worst case by arithmetic, and
  // check below that every attempt really runs into its timeout.
  it("gives up on a hanging DynamoDB before the shortest function timeout (worst case)", () => {
    const { connectionTimeoutMs, requestTimeoutMs, maxAttempts } = FUNCTION_DB_LIMITS;
    const worstCase =
      maxAttempts * (connectionTimeoutMs + requestTimeoutMs) +
      Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayBoundMs(i)).reduce((a, b) => a + b, 0);
    expect(worstCase).toBeLessThan(SHORTEST_TIMEOUT_MS);
    expect(HEALTH_TIMEOUT_MS).toBeLessThan(1000 * (ROUTE_GROUPS.meta?.timeoutSeconds ?? 0));
  });

  it("answers 503 with Retry-After at once while DynamoDB refuses connections", async () => {
    await server.proxy.setMode("refuse");
    expectUnavailable(await callEveryRoute());
  });

  it(
    "answers 503 with Retry-After after the client's last attempt while DynamoDB hangs",
    { timeout: 120_000 },
    async () => {
      await server.proxy.setMode("hang");
      // Alongside, the worst case: a fresh client whose every attempt runs into its request timeout.
      const fresh = documentClient(server.proxy.url, undefined, FUNCTION_DB_LIMITS);
      const get = new GetCommand({ TableName: server.deps.tableName, Key: { PK: "x", SK: "x" } });
      const [failure, results] = await Promise.all([
        fresh.send(get).then(
          () => undefined,
          (e: unknown) => e,
        ),
        callEveryRoute(),
      ]);
      expect(isTransient(failure)).toBe(true);
      expect((failure as { $metadata?: { attempts?: number } }).$metadata?.attempts).toBe(
        FUNCTION_DB_LIMITS.maxAttempts,
      );
      expectUnavailable(results);
    },
  );

  it("answers every route as before once DynamoDB is back", async () => {
    await server.proxy.setMode("up");
    for (const { route, res } of await callEveryRoute()) {
      // A 503 is sent again after its Retry-After, as a client would: on a busy machine DynamoDB
      // Local may answer slower than the client's request timeout for a while.
      let answer = res;
      for (let retry = 0; answer.status === 503 && retry < 3; retry++) {
        await new Promise((resolve) =>
          setTimeout(resolve, 1000 * Number(answer.headers["retry-after"] ?? 1)),
        );
        answer = await callAsAdmin(route);
      }
      expect(answer.status, `${routeKey(route)}: ${answer.text.slice(0, 200)}`).toBe(normalStatus(route));
    }
    expect(integrityProblems(await scanTable(server.deps))).toEqual([]);
  });

  it("leaves no half-written item when connections drop mid-burst; retries complete exactly once", async () => {
    await server.proxy.setMode("up");
    const outcome = await runBurst(
      api,
      () => server.proxy.switchAfter(60, "refuse"),
      () => server.proxy.setMode("up"),
    );
    // The cut really fell inside the burst: some writes got through, some were refused.
    expect(outcome.firstPass.ok).toBeGreaterThan(0);
    expect(outcome.firstPass.unavailable).toBeGreaterThan(0);
    expect(outcome.unexpected).toEqual([]);
    const items = await scanTable(server.deps);
    expect(integrityProblems(items)).toEqual([]);
    for (const marker of outcome.markers)
      expect(
        items.filter((item) => item.title === marker || item.ownReference === marker),
        marker,
      ).toHaveLength(1);
  });
});
