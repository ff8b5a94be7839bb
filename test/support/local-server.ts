import { inject } from "vitest";
import { createLocalAuthorizer, type LocalAuthorizer } from "../../local/authorizer.ts";
import { createLocalServer, type LocalServerOptions } from "../../local/server.ts";
import { matchRoute } from "../../local/route-match.ts";
import type { Role } from "../../shared/http/principal.ts";
import type { ApiResult } from "../../shared/http/response.ts";
import { routes } from "../../shared/http/routes.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "./db.ts";
import { checkAnswer } from "./openapi-check.ts";

export interface TestServer {
  url: string;
  /** A dev token from `POST /dev/token`, as the web pages get one. */
  token(role: Role, org: string, sub?: string): Promise<string>;
  authorizer: LocalAuthorizer;
  deps: Deps;
  close(): Promise<void>;
}

/**
 * The local server on a free port against a fresh table, with an in-memory signing key. Handlers
 * read TABLE_NAME once at cold start and modules live per test file: one server per file. Every
 * answer of the route table is checked against the OpenAPI document (openapi-check.ts).
 */
export async function startTestServer(
  options: Pick<LocalServerOptions, "routes" | "loadGroup" | "limits" | "webRoot"> & {
    stream?: boolean;
  } = {},
): Promise<TestServer> {
  const deps = await testDeps(undefined, undefined, { stream: options.stream ?? false });
  const authorizer = await createLocalAuthorizer();
  const local = createLocalServer({
    env: { TABLE_NAME: deps.tableName, DYNAMODB_ENDPOINT: inject("dynamoEndpoint") },
    authorizer,
    // The real route table's answers must match its OpenAPI document; stand-in routes have none.
    ...(options.routes === undefined && {
      onAnswer: (method: string, rawPath: string, result: ApiResult) => {
        const match = matchRoute(routes, method, rawPath);
        checkAnswer(method, match.kind === "found" ? match.route.path : undefined, result);
      },
    }),
    ...options,
  });
  const url = await local.listen(0);
  return {
    url,
    token: async (role, org, sub) => {
      const res = await fetch(`${url}/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role, org, sub }),
      });
      if (res.status !== 200) throw new Error(`POST /dev/token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    authorizer,
    deps,
    close: local.close,
  };
}
