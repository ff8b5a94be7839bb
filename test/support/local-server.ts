import { inject } from "vitest";
import { createLocalAuthorizer, type LocalAuthorizer } from "../../local/authorizer.ts";
import { createLocalServer, type LocalServerOptions } from "../../local/server.ts";
import type { Role } from "../../shared/http/principal.ts";
import type { Deps } from "../../shared/runtime.ts";
import { testDeps } from "./db.ts";

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
 * read TABLE_NAME once at cold start and modules live per test file: one server per file.
 */
export async function startTestServer(
  options: Pick<LocalServerOptions, "routes" | "loadGroup" | "limits" | "webRoot"> = {},
): Promise<TestServer> {
  const deps = await testDeps();
  const authorizer = await createLocalAuthorizer();
  const local = createLocalServer({
    env: { TABLE_NAME: deps.tableName, DYNAMODB_ENDPOINT: inject("dynamoEndpoint") },
    authorizer,
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
