import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import type { Route } from "../../shared/http/routes.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

/**
 * DNS rebinding: a web page on evil.example re-points its name at 127.0.0.1 and then talks to the
 * local server as a same-origin page, e.g. to fetch an admin token. The browser still sends
 * `Host: evil.example`, so the server answers only requests addressed to a loopback name.
 */
const routes: Route[] = [{ method: "GET", path: "/ping", group: "ping", auth: "none", summary: "ping" }];
let calls = 0;
const ping: RouteHandler = async () => {
  calls += 1;
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: '{"pong":true}' };
};

let server: TestServer;
let port: number;
beforeAll(async () => {
  server = await startTestServer({
    routes,
    loadGroup: async () => ping,
    webRoot: join(tmpdir(), "passung-no-web-dist"),
  });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** fetch() will not send a Host of our choosing; node:http does. `host: undefined` sends none. */
function send(method: string, path: string, host: string | undefined, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        setHost: false,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    if (host !== undefined) req.setHeader("host", host);
    req.on("error", reject);
    req.end(body);
  });
}

const TOKEN_REQUEST = JSON.stringify({ role: "admin", org: "iq-owl" });

describe("local server: Host check against DNS rebinding", () => {
  it.each([
    "evil.example",
    `evil.example:${"PORT"}`,
    "127.0.0.1.nip.io",
    "localhost.evil.example",
    "192.168.1.20",
    "0.0.0.0",
    "[::ffff:127.0.0.1]",
    "localhost@evil.example",
  ])("refuses POST /dev/token for Host %s without a token", async (name) => {
    const host = name.replace("PORT", String(port));
    const res = await send("POST", "/dev/token", host, TOKEN_REQUEST);
    expect(res.status).toBe(421);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.body).not.toMatch(/eyJ/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 421, type: expect.stringMatching(/misdirected/) });
  });

  it("refuses a request without Host", async () => {
    const res = await send("POST", "/dev/token", undefined, TOKEN_REQUEST);
    // Node's HTTP/1.1 parser refuses it (400) before the server sees it; either way, no token.
    expect([400, 421]).toContain(res.status);
    expect(res.body).not.toMatch(/eyJ/);
  });

  it("refuses routes and static files for a foreign Host before any function runs", async () => {
    calls = 0;
    expect((await send("GET", "/ping", "evil.example")).status).toBe(421);
    expect((await send("GET", "/", "evil.example")).status).toBe(421);
    expect(calls).toBe(0);
  });

  it.each(["localhost", "LOCALHOST", "127.0.0.1", "[::1]", "localhost:PORT", "127.0.0.1:PORT", "[::1]:PORT"])(
    "answers Host %s",
    async (name) => {
      const host = name.replace("PORT", String(port));
      const token = await send("POST", "/dev/token", host, TOKEN_REQUEST);
      expect(token.status).toBe(200);
      expect(JSON.parse(token.body).token).toMatch(/^eyJ/);
      expect((await send("GET", "/ping", host)).status).toBe(200);
    },
  );
});
