import { CognitoJwtVerifier } from "aws-jwt-verify";

/** Verifies a bearer token and returns its claims; throws when it is not valid. */
export type TokenVerifier = (token: string) => Promise<Record<string, unknown>>;

/**
 * Routes that are public but widen their answer for a signed-in caller (e.g. a provider's own
 * drafts in GET /qualification-offers) cannot have the API Gateway authorizer: it would turn
 * anonymous callers away. Their function verifies an ID token itself, against the same Cognito
 * user pool and app client. JWKS are fetched once per container and cached.
 */
export function cognitoTokenVerifier(userPoolId: string, clientId: string): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: "id" });
  return async (token) => (await verifier.verify(token)) as unknown as Record<string, unknown>;
}

/**
 * The verifier for the user pool and app client infra gives the functions with "optional" routes
 * (infra/route-groups.ts verifiesTokens); none where they are not set.
 */
export function tokenVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): { verifyToken?: TokenVerifier } {
  const { COGNITO_USER_POOL_ID: userPoolId, COGNITO_CLIENT_ID: clientId } = env;
  return userPoolId && clientId ? { verifyToken: cognitoTokenVerifier(userPoolId, clientId) } : {};
}
