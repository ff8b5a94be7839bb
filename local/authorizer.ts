import { randomUUID } from "node:crypto";
import { errors, type JWTHeaderParameters, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Role } from "../shared/http/principal.ts";
import { ALG, generateSigningKey, type SigningKey } from "./signing-key.ts";

/**
 * The local stand-in for Cognito + the API Gateway JWT authorizer: issues ID-token-like JWTs and
 * checks them as API Gateway does (signature, `kid`, issuer, audience, exp/nbf/iat) — nothing
 * more. Roles and organisation stay the handlers' job, as on AWS.
 */
export const LOCAL_ISSUER = "https://cognito.passung.localhost/local";
export const LOCAL_AUDIENCE = "passung-local-app-client";
const TOKEN_LIFETIME_S = 12 * 60 * 60;

export interface DevTokenInput {
  role: Role;
  org: string;
  sub?: string;
}

export type Verification =
  { ok: true; claims: JWTPayload } | { ok: false; reason: "missing" | "expired" | "invalid" };

export interface LocalAuthorizer {
  readonly issuer: string;
  readonly audience: string;
  /** Signs `claims` with the local key; iss, aud, iat and exp (+12 h) are added unless given. */
  sign(claims: JWTPayload): Promise<string>;
  /** An ID token as Cognito issues it for a user in group `role` with `custom:org`. */
  issueDevToken(input: DevTokenInput): Promise<string>;
  /** Checks an Authorization header value ("Bearer <jwt>" or the bare token). */
  verify(authorization: string | undefined): Promise<Verification>;
}

export interface AuthorizerOptions {
  /** Defaults to a fresh in-memory key (tests); `npm start` passes the persisted one. */
  key?: SigningKey;
  issuer?: string;
  audience?: string;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export async function createLocalAuthorizer(options: AuthorizerOptions = {}): Promise<LocalAuthorizer> {
  const key = options.key ?? (await generateSigningKey());
  const issuer = options.issuer ?? LOCAL_ISSUER;
  const audience = options.audience ?? LOCAL_AUDIENCE;

  // Like a JWKS lookup: a token whose `kid` names no key of ours is rejected.
  const keyFor = (header: JWTHeaderParameters) => {
    if (header.kid !== key.kid) throw new errors.JWKSNoMatchingKey();
    return key.publicKey;
  };

  const sign: LocalAuthorizer["sign"] = (claims) => {
    const iat = nowSeconds();
    return new SignJWT({ iss: issuer, aud: audience, iat, exp: iat + TOKEN_LIFETIME_S, ...claims })
      .setProtectedHeader({ alg: ALG, kid: key.kid, typ: "JWT" })
      .sign(key.privateKey);
  };

  return {
    issuer,
    audience,
    sign,
    issueDevToken: ({ role, org, sub }) =>
      sign({
        sub: sub ?? randomUUID(),
        "cognito:groups": [role],
        "custom:org": org,
        token_use: "id",
        auth_time: nowSeconds(),
      }),
    verify: async (authorization) => {
      if (!authorization) return { ok: false, reason: "missing" };
      const token = authorization.replace(/^Bearer\s+/i, "").trim();
      // Only ES256: `alg: none`, HS256 (key confusion) and anything else fail here.
      const verified = await jwtVerify(token, keyFor, {
        algorithms: [ALG],
        issuer,
        audience,
        requiredClaims: ["exp"],
      })
        .then(({ payload }) => payload)
        .catch((error: unknown) =>
          error instanceof errors.JWTExpired ? ("expired" as const) : ("invalid" as const),
        );
      if (typeof verified === "string") return { ok: false, reason: verified };
      // API Gateway also rejects tokens issued in the future; jose checks that only with maxTokenAge.
      if (typeof verified.iat === "number" && verified.iat > nowSeconds())
        return { ok: false, reason: "invalid" };
      return { ok: true, claims: verified };
    },
  };
}
