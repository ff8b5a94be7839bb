import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MailCatcher } from "../../local/mail-catcher.ts";
import { testMailCatcher } from "../support/mail-catcher.ts";

/** The local mail catcher holds every notice mail: no other website may read (or delete) them. */
let catcher: MailCatcher;

beforeAll(async () => {
  ({ catcher } = await testMailCatcher());
}, 30_000);
afterAll(() => catcher?.stop());

/** node:http, because fetch may not set Host. */
function send(method: string, path: string, headers: Record<string, string>) {
  const url = new URL(path, catcher.webUrl);
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the mail catcher answers only pages on this machine", () => {
  it.each(["https://evil.example", "http://evil.example:1080", "null", "http://localhost.evil.example"])(
    "a page from %s gets 403 and no Access-Control-Allow-Origin (GET and preflight)",
    async (origin) => {
      const read = await send("GET", "/api/email", { origin });
      expect(read.status).toBe(403);
      expect(read.headers["access-control-allow-origin"]).toBeUndefined();
      expect(read.headers["access-control-allow-credentials"]).toBeUndefined();
      const preflight = await send("OPTIONS", "/api/email/all", {
        origin,
        "access-control-request-method": "DELETE",
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    },
  );

  it("a name rebound to 127.0.0.1 (Host: evil.example) gets 403", async () => {
    expect((await send("GET", "/api/email", { host: "evil.example" })).status).toBe(403);
  });

  it.each(["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080"])(
    "a loopback page (%s) reads the mails with CORS",
    async (origin) => {
      const res = await send("GET", "/api/email", { origin });
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe(origin);
    },
  );

  it("a request without Origin (curl, the tests) reads the mails", async () => {
    expect((await fetch(`${catcher.webUrl}/api/email`)).status).toBe(200);
  });
});
