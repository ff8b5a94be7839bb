import { inject } from "vitest";
import { createLocalAuthorizer } from "../../../local/authorizer.ts";
import { createLocalServer } from "../../../local/server.ts";
import type { Role } from "../../../shared/http/principal.ts";
import { testDeps } from "../../support/db.ts";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.ts";

/**
 * The local server whose functions reach DynamoDB Local only through a TCP proxy, so a test can
 * take the database away (and give it back) while the service runs. `deps` talks to DynamoDB
 * Local directly, for checking the table whatever the proxy does.
 */
export async function startProxiedServer() {
  const deps = await testDeps();
  const proxy: TcpProxy = await startTcpProxy(inject("dynamoEndpoint"));
  const authorizer = await createLocalAuthorizer();
  const local = createLocalServer({
    env: { TABLE_NAME: deps.tableName, DYNAMODB_ENDPOINT: proxy.url },
    authorizer,
  });
  const url = await local.listen(0);
  return {
    url,
    deps,
    proxy,
    token: (role: Role, org: string, sub?: string) => authorizer.issueDevToken({ role, org, sub }),
    close: async () => {
      await local.close();
      await proxy.close();
    },
  };
}
