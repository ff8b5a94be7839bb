import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApiEvent } from "../../local/api-event.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";

/**
 * On AWS, public routes that widen for signed-in callers have no API Gateway authorizer; the
 * function verifies a Cognito ID token itself (aws-jwt-verify, JWKS cached here instead of fetched).
 */
const userPoolId = "eu-central-1_Test123";
const clientId = "web-client";
const issuer = `https://cognito-idp.eu-central-1.amazonaws.com/${userPoolId}`;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let handler: RouteHandler;

const idToken = (claims: Record<string, unknown>, key = privateKey, expires: string | number = "1h") =>
  new SignJWT({ token_use: "id", "cognito:groups": ["provider"], "custom:org": "pro-arbeit", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(issuer)
    .setAudience(clientId)
    .setSubject("user-1")
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key);

const listOffers = (authorization?: string) =>
  handler(
    buildApiEvent({
      method: "GET",
      routePath: "/qualification-offers",
      rawPath: "/qualification-offers",
      headers: authorization ? { authorization } : {},
    }),
    {} as never,
  );

beforeAll(async () => {
  const keys = await generateKeyPair("RS256", { extractable: true });
  privateKey = keys.privateKey;
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "id" });
  const { n = "", e = "" } = await exportJWK(keys.publicKey);
  verifier.cacheJwks({ keys: [{ kty: "RSA", n, e, kid: "k1", alg: "RS256", use: "sig" }] });
  const deps = await testDeps();
  handler = dispatch(
    listingHandlers(qualificationOfferResource, {
      ...deps,
      verifyToken: async (token) => (await verifier.verify(token)) as unknown as Record<string, unknown>,
    }),
  );
  await invoke(handler, "POST /qualification-offers", {
    caller: { role: "provider", org: "pro-arbeit" },
    body: offerInput({ title: "Eigener Entwurf" }),
  });
});

describe("optional token on public routes", () => {
  it("answers anonymous callers with published items only", async () => {
    const res = await listOffers();
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain("Eigener Entwurf");
  });

  it("shows a provider with a valid ID token its own drafts", async () => {
    const res = await listOffers(`Bearer ${await idToken({})}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Eigener Entwurf");
  });

  it("refuses a forged, expired or access token with 401", async () => {
    const other = await generateKeyPair("RS256");
    for (const token of [
      await idToken({}, other.privateKey),
      await idToken({}, privateKey, Math.floor(Date.now() / 1000) - 60),
      await idToken({ token_use: "access" }),
    ]) {
      const res = await listOffers(`Bearer ${token}`);
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain("Eigener Entwurf");
    }
  });
});
