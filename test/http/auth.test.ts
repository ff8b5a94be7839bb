import { randomUUID } from "node:crypto";
import { SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLocalAuthorizer } from "../../local/authorizer.ts";
import { apiHandler, dispatch } from "../../shared/http/api-handler.ts";
import type { Principal } from "../../shared/http/principal.ts";
import { json } from "../../shared/http/response.ts";
import type { Route } from "../../shared/http/routes.ts";
import { startTestServer, type TestServer } from "../support/local-server.ts";

const routes: Route[] = [
  { method: "GET", path: "/private", group: "guarded", auth: "required", summary: "" },
  { method: "GET", path: "/maybe", group: "guarded", auth: "optional", summary: "" },
];

/** A fake route group built like the real ones (apiHandler), recording each call that got through. */
const calls: { principal: Principal | undefined; claims: Record<string, unknown> | undefined }[] = [];
const record = (auth: "required" | "optional") =>
  apiHandler({ auth }, async ({ principal, event }) => {
    calls.push({ principal, claims: event.requestContext.authorizer?.jwt.claims });
    return json(200, { ok: true });
  });
const guarded = dispatch({ "GET /private": record("required"), "GET /maybe": record("optional") });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ routes, loadGroup: async () => guarded });
});
afterAll(() => server.close());
beforeEach(() => {
  calls.length = 0;
});

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
const now = () => Math.floor(Date.now() / 1000);
const idClaims = { sub: "u-1", "cognito:groups": ["coach"], "custom:org": "iq-owl", token_use: "id" };

describe("POST /dev/token → JWT authorizer → handler", () => {
  it("hands the handler API Gateway's claim shape", async () => {
    const token = await server.token("coach", "iq-owl", "user-7");
    expect((await get("/private", token)).status).toBe(200);
    const [call] = calls;
    expect(call?.principal).toEqual({ sub: "user-7", org: "iq-owl", roles: ["coach"] });
    expect(call?.claims).toMatchObject({
      "cognito:groups": "[coach]",
      "custom:org": "iq-owl",
      token_use: "id",
    });
    expect(call?.claims?.exp).toMatch(/^\d+$/);
  });

  it("validates the dev token request", async () => {
    const post = (body: string) =>
      fetch(`${server.url}/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const bad = await post(JSON.stringify({ role: "boss", org: "Not A Slug", extra: 1 }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const { errors } = (await bad.json()) as { errors: { path: string }[] };
    expect(errors.map((e) => e.path).sort()).toEqual(["extra", "org", "role"]);
    expect((await post("{not json")).status).toBe(400);
    const get = await fetch(`${server.url}/dev/token`);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });

  const otherKey = () => createLocalAuthorizer().then((other) => other.sign(idClaims));
  const hs256 = () =>
    new SignJWT({
      ...idClaims,
      iss: server.authorizer.issuer,
      aud: server.authorizer.audience,
      exp: now() + 60,
    })
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(randomUUID()));
  const none = async () =>
    new UnsecuredJWT({ ...idClaims, exp: now() + 60 })
      .setIssuer(server.authorizer.issuer)
      .setAudience(server.authorizer.audience)
      .encode();
  const cases: [string, () => Promise<string | undefined>][] = [
    ["no token", async () => undefined],
    ["an expired token", () => server.authorizer.sign({ ...idClaims, iat: now() - 7200, exp: now() - 60 })],
    ["a token signed by another key", otherKey],
    ["an alg:none token", none],
    ["an HS256 token", hs256],
    [
      "a token from another issuer",
      () => server.authorizer.sign({ ...idClaims, iss: "https://evil.example" }),
    ],
    ["a token without custom:org", () => server.authorizer.sign({ sub: "u-1", "cognito:groups": ["coach"] })],
  ];

  it.each(cases)("answers 401 problem+json for %s and never calls the handler", async (_, token) => {
    const res = await get("/private", await token());
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { type: string }).type).toMatch(/unauthorized$/);
    expect(calls).toHaveLength(0);
  });

  it("verifies a token on optional routes only when one is sent", async () => {
    expect((await get("/maybe")).status).toBe(200);
    expect((await get("/maybe", await server.token("provider", "bildung-ev"))).status).toBe(200);
    expect((await get("/maybe", "not-a-jwt")).status).toBe(401);
    expect(calls.map((c) => c.principal?.org)).toEqual([undefined, "bildung-ev"]);
  });
});
