import { appendFileSync } from "node:fs";
import { afterAll, afterEach, expect } from "vitest";
import { buildOpenApi } from "../../shared/http/openapi.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { type Answer, describeMismatch, type Mismatch, openApiValidator } from "./openapi-validator.ts";

/**
 * Every answer the tests see goes through `checkAnswer`: test/support/events.ts (functions invoked
 * directly) and test/support/local-server.ts (the local server, for the http and e2e tiers). A
 * test fails in its afterEach with the first answer that departs from GET /openapi.json's document;
 * answers that arrive after a file's last test fail its afterAll.
 */
let validator: ReturnType<typeof openApiValidator> | undefined;
const drifts: Mismatch[] = [];
const counts = { validated: 0, outsideApi: 0 };

const documented = new Set(routes.map(routeKey));

/** Answers to no route of the table (static files, dev tokens, unknown paths) are only counted. */
export function checkAnswer(method: string, pathTemplate: string | undefined, answer: Answer): void {
  if (pathTemplate === undefined || !documented.has(`${method} ${pathTemplate}`)) {
    counts.outsideApi += 1;
    return;
  }
  validator ??= openApiValidator(buildOpenApi(routes, { title: "Passung API", version: "test" }));
  counts.validated += 1;
  try {
    const mismatch = validator.check(method, pathTemplate, answer);
    if (mismatch) drifts.push(mismatch);
  } catch (error) {
    // The local server turns a throwing hook into a 500: report the validator's own failure instead.
    drifts.push({
      operation: `${method} ${pathTemplate}`,
      status: answer.statusCode ?? 200,
      at: "",
      message: String(error),
    });
  }
}

function expectNoDrift() {
  const found = drifts.splice(0);
  expect(found.map(describeMismatch), "answers that drift from the OpenAPI document").toEqual([]);
}

afterEach(expectNoDrift);
afterAll(() => {
  // OPENAPI_ANSWERS_LOG=<file>: one line per test file with how many answers were validated.
  const log = process.env.OPENAPI_ANSWERS_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ file: expect.getState().testPath, ...counts })}\n`);
  expectNoDrift();
});
