import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaRoutes } from "../../functions/meta/routes.ts";
import { freePort } from "../../local/dynamodb-local.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { type Deps, documentClient, FUNCTION_DB_LIMITS } from "../../shared/runtime.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";

/** GET /health says whether the table answers: a probe (or an operator) sees an outage as 503. */
let deps: Deps;
let hanging: Server;
let hangingPort: number;

beforeAll(async () => {
  deps = await testDeps();
  // Accepts connections and never answers: DynamoDB hanging.
  hanging = createServer(() => undefined);
  hangingPort = await freePort();
  await new Promise<void>((resolve) => hanging.listen(hangingPort, "127.0.0.1", resolve));
});
afterAll(() => {
  hanging?.close();
});

const health = (table: Pick<Deps, "db" | "tableName">) =>
  invoke(dispatch(metaRoutes(() => table)), "GET /health");

function expectUnavailable(res: Awaited<ReturnType<typeof health>>) {
  expect(res.status).toBe(503);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.headers["retry-after"]).toBe("5");
  expect(res.body).toMatchObject({ status: 503, title: "Vorübergehend nicht verfügbar" });
}

describe("GET /health", () => {
  it("answers 200 ok while the table answers", async () => {
    const res = await health(deps);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });

  it("answers 503 problem+json when DynamoDB is stopped (connection refused)", async () => {
    const stopped = `http://127.0.0.1:${await freePort()}`;
    expectUnavailable(
      await health({ db: documentClient(stopped, undefined, FUNCTION_DB_LIMITS), tableName: deps.tableName }),
    );
  });

  it("answers 503 within its timeout when DynamoDB hangs", async () => {
    const db = documentClient(`http://127.0.0.1:${hangingPort}`, undefined, FUNCTION_DB_LIMITS);
    // The probe gives up after 1.5 s (table-health.ts), inside the meta function's 5 s timeout.
    expectUnavailable(await health({ db, tableName: deps.tableName }));
  });

  it("answers 503 when the table is missing", async () => {
    expectUnavailable(await health({ db: deps.db, tableName: "no-such-table" }));
  });
});
