import { decodeProtectedHeader, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import type { Role } from "../../../shared/http/principal.ts";
import type { TestServer } from "../../support/local-server.ts";

/** Tokens the JWT authorizer must turn away, each otherwise an ordinary ID token of `role` in `org`. */
export const BAD_TOKENS = ["expired", "wrong signature", "alg none", "no org claim"] as const;
export type BadToken = (typeof BAD_TOKENS)[number];

const now = () => Math.floor(Date.now() / 1000);

export async function badTokens(
  server: TestServer,
  role: Role,
  org: string,
): Promise<Record<BadToken, string>> {
  const { issuer, audience } = server.authorizer;
  const claims = { sub: `${role}-${org}`, "cognito:groups": [role], "custom:org": org, token_use: "id" };
  // Same key id as the server's key, signed by another key: only the signature is wrong.
  const { kid } = decodeProtectedHeader(await server.authorizer.sign(claims));
  const other = await generateKeyPair("ES256");
  const { "custom:org": _org, ...orgless } = claims;
  return {
    expired: await server.authorizer.sign({ ...claims, iat: now() - 7200, exp: now() - 60 }),
    "wrong signature": await new SignJWT({
      ...claims,
      iss: issuer,
      aud: audience,
      iat: now(),
      exp: now() + 600,
    })
      .setProtectedHeader({ alg: "ES256", kid, typ: "JWT" })
      .sign(other.privateKey),
    "alg none": new UnsecuredJWT({ ...claims })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime("10m")
      .encode(),
    "no org claim": await server.authorizer.sign(orgless),
  };
}
