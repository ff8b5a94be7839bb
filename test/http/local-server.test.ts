import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { staticFile } from "../../local/static-site.ts";
import type { ApiEvent, RouteHandler } from "../../shared/http/api-handler.ts";
import type { Route } from "../../shared/http/routes.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

const route = (method: Route["method"], path: string, group: string): Route => ({
  method,
  path,
  group,
  auth: "none",
  summary: path,
});
const routes = [
  route("GET", "/echo/{id}", "echo"),
  route("POST", "/echo/{id}", "echo"),
  route("GET", "/slow", "slow"),
  route("GET", "/crash", "crash"),
];

/** A fake route group that records what it was invoked with. */
const seen: { event: ApiEvent; context: Context; remainingAtStart: number }[] = [];
const groups: Record<string, RouteHandler> = {
  echo: async (event, context) => {
    // Read at invocation: after the response the 300 ms deadline may have passed on a busy machine.
    seen.push({ event, context, remainingAtStart: context.getRemainingTimeInMillis() });
    return { statusCode: 201, headers: { "x-echo": "yes" }, cookies: ["a=1; Path=/", "b=2"], body: "{}" };
  },
  slow: () => new Promise<never>(() => {}),
  crash: async () => {
    throw new Error("boom");
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    routes,
    loadGroup: async (group) => groups[group] ?? Promise.reject(new Error(`no group ${group}`)),
    limits: { timeoutMs: 300 },
    webRoot: join(tmpdir(), "passung-no-web-dist"),
  });
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

const problemOf = async (res: Response) => ({
  status: res.status,
  type: res.headers.get("content-type"),
  body: (await res.json()) as { status: number; type: string },
});

describe("local server: API Gateway payload v2", () => {
  it("builds the event from the request", async () => {
    const res = await fetch(`${server.url}/echo/a%20b?a=1&a=2&q=x%20y`, {
      headers: { "X-Custom-Thing": "Yes", Cookie: "c1=v1; c2=v2" },
    });
    expect(res.status).toBe(201);
    const [call] = seen;
    expect(call?.event).toMatchObject({
      version: "2.0",
      routeKey: "GET /echo/{id}",
      rawPath: "/echo/a%20b",
      rawQueryString: "a=1&a=2&q=x%20y",
      queryStringParameters: { a: "1,2", q: "x y" },
      pathParameters: { id: "a b" },
      cookies: ["c1=v1", "c2=v2"],
      requestContext: { http: { method: "GET", path: "/echo/a%20b", sourceIp: "127.0.0.1" } },
      isBase64Encoded: false,
    });
    const headers = call?.event.headers ?? {};
    expect(headers["x-custom-thing"]).toBe("Yes");
    expect(headers.cookie).toBeUndefined();
    expect(Object.keys(headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(call?.event.requestContext.authorizer).toBeUndefined();
    expect(call?.event.requestContext.time).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/);
    expect(call?.context.functionName).toBe("passung-echo");
    expect(call?.remainingAtStart).toBeGreaterThan(0);
  });

  it("passes JSON as text and CSV or other charsets base64-encoded", async () => {
    const post = (body: string | Buffer, type: string) =>
      fetch(`${server.url}/echo/x`, { method: "POST", headers: { "content-type": type }, body });
    await post('{"ä":1}', "application/json");
    await post("name;ort\nMüller;Köln\n", "text/csv");
    await post(Buffer.from("Köln", "latin1"), "text/plain; charset=iso-8859-1");
    const [json, csv, latin1] = seen.map((s) => s.event);
    expect(json).toMatchObject({ body: '{"ä":1}', isBase64Encoded: false });
    expect(csv?.isBase64Encoded).toBe(true);
    expect(Buffer.from(csv?.body ?? "", "base64").toString("utf8")).toBe("name;ort\nMüller;Köln\n");
    expect(latin1?.isBase64Encoded).toBe(true);
    expect(Buffer.from(latin1?.body ?? "", "base64").toString("latin1")).toBe("Köln");
  });

  it("writes the result back, cookies as set-cookie", async () => {
    const res = await fetch(`${server.url}/echo/x`);
    expect(res.headers.get("x-echo")).toBe("yes");
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2"]);
  });

  it("answers 404 and 405 as problem+json", async () => {
    const missing = await problemOf(await fetch(`${server.url}/nope`));
    expect(missing).toMatchObject({ status: 404, type: "application/problem+json; charset=utf-8" });
    expect(missing.body.type).toMatch(/not-found$/);

    const wrong = await fetch(`${server.url}/echo/x`, { method: "DELETE" });
    expect(wrong.headers.get("allow")).toBe("GET, POST");
    expect(await problemOf(wrong)).toMatchObject({ status: 405, body: { status: 405 } });
    expect(seen).toHaveLength(0);
  });

  it("rejects bodies over 10 MB with 413 without calling the handler", async () => {
    const body = Buffer.alloc(10 * 1024 * 1024 + 1, "a");
    const res = await fetch(`${server.url}/echo/x`, { method: "POST", body });
    expect(await problemOf(res)).toMatchObject({ status: 413, body: { status: 413 } });
    expect(seen).toHaveLength(0);
  });

  it("answers 504 when the function outlives the integration timeout", async () => {
    expect(await problemOf(await fetch(`${server.url}/slow`))).toMatchObject({ status: 504 });
  });

  it("answers 500 problem+json when the function throws", async () => {
    expect(await problemOf(await fetch(`${server.url}/crash`))).toMatchObject({
      status: 500,
      body: { status: 500 },
    });
  });

  it("serves an index at / until web/dist exists", async () => {
    const res = await fetch(server.url);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain('href="/openapi.json"');
  });
});

describe("static files", () => {
  it("serves files from the web root and nothing outside it", async () => {
    const root = await mkdtemp(join(tmpdir(), "passung-web-"));
    await writeFile(join(root, "index.html"), "<h1>Passung</h1>");
    const index = await staticFile(root, "/");
    expect(Buffer.from(index?.body ?? "", "base64").toString()).toBe("<h1>Passung</h1>");
    expect(index?.headers?.["content-type"]).toMatch(/^text\/html/);
    expect(await staticFile(root, "/../etc/passwd")).toBeUndefined();
    expect(await staticFile(root, "/%2e%2e/etc/passwd")).toBeUndefined();
  });
});
