import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeProtectedHeader, exportJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { buildApiEvent } from "../../local/api-event.ts";
import { createLocalAuthorizer } from "../../local/authorizer.ts";
import { generateSigningKey, loadOrCreateSigningKey } from "../../local/signing-key.ts";
import { principalFromClaims } from "../../shared/http/principal.ts";

const now = () => Math.floor(Date.now() / 1000);

describe("local authorizer", () => {
  it("issues ID-token-like dev tokens that reach the event as API Gateway shapes them", async () => {
    const authorizer = await createLocalAuthorizer();
    const verification = await authorizer.verify(
      `Bearer ${await authorizer.issueDevToken({ role: "coach", org: "iq-owl" })}`,
    );
    if (!verification.ok) throw new Error(verification.reason);
    const { claims } = verification;
    expect(claims).toMatchObject({ "cognito:groups": ["coach"], "custom:org": "iq-owl", token_use: "id" });
    expect(claims.exp).toBe((claims.iat ?? 0) + 12 * 3600);

    const event = buildApiEvent({ method: "GET", routePath: "/p", rawPath: "/p", claims });
    const jwt = event.requestContext.authorizer?.jwt;
    expect(jwt?.scopes).toBeNull();
    expect(jwt?.claims).toEqual({
      sub: claims.sub,
      "cognito:groups": "[coach]",
      "custom:org": "iq-owl",
      token_use: "id",
      iss: authorizer.issuer,
      aud: authorizer.audience,
      iat: String(claims.iat),
      exp: String(claims.exp),
      auth_time: String(claims.auth_time),
    });
    expect(principalFromClaims(jwt?.claims)).toEqual({ sub: claims.sub, org: "iq-owl", roles: ["coach"] });
  });

  it("joins several groups as API Gateway does", async () => {
    const authorizer = await createLocalAuthorizer();
    const token = await authorizer.sign({
      sub: "u",
      "cognito:groups": ["coach", "admin"],
      "custom:org": "x1",
    });
    const verification = await authorizer.verify(token); // a bare token is accepted too
    const claims = verification.ok ? verification.claims : undefined;
    const event = buildApiEvent({ method: "GET", routePath: "/p", rawPath: "/p", claims });
    expect(event.requestContext.authorizer?.jwt.claims["cognito:groups"]).toBe("[coach admin]");
  });

  it("rejects key confusion, foreign keys under our kid, wrong audience and future iat", async () => {
    const key = await generateSigningKey();
    const authorizer = await createLocalAuthorizer({ key });
    const claims = { sub: "u", iss: authorizer.issuer, aud: authorizer.audience, exp: now() + 60 };
    const impostor = await createLocalAuthorizer({ key: { ...(await generateSigningKey()), kid: key.kid } });
    // HS256 keyed with our public key's bytes: the classic algorithm-confusion forgery.
    const publicBytes = new TextEncoder().encode(JSON.stringify(await exportJWK(key.publicKey)));
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", kid: key.kid })
      .sign(publicBytes);
    const tokens = [
      hs256,
      await impostor.sign(claims),
      await authorizer.sign({ ...claims, aud: "another-client" }),
      await authorizer.sign({ ...claims, iat: now() + 600 }),
      await authorizer.sign({ sub: "u", exp: undefined }),
    ];
    for (const token of tokens) {
      expect(await authorizer.verify(`Bearer ${token}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authorizer.verify(await authorizer.sign({ exp: now() - 1 }))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await authorizer.verify(undefined)).toEqual({ ok: false, reason: "missing" });
  });

  it("keeps the signing key in the data dir, so tokens survive a restart", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "passung-key-")), "dev-signing-key.json");
    const before = await createLocalAuthorizer({ key: await loadOrCreateSigningKey(file) });
    const token = await before.issueDevToken({ role: "admin", org: "iq-owl" });
    const after = await createLocalAuthorizer({ key: await loadOrCreateSigningKey(file) });
    expect((await after.verify(token)).ok).toBe(true);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "ES256", typ: "JWT" });
  });
});
