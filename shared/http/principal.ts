import { UnauthorizedError } from "../domain/errors.ts";
import { type Principal, type Role, ROLES } from "../domain/principal.ts";

// Callers here and in local/, infra/ and the tests know roles by this module too.
export { hasRole, type Principal, requireRole, type Role, ROLES } from "../domain/principal.ts";

/** One group name: no blanks, brackets, commas or quotes (ours are coach, employer, …). */
const GROUP = '[^\\s\\[\\],"]+';
/** API Gateway joins the token's array with single spaces inside brackets: "[coach admin]", "[]". */
const API_GATEWAY_GROUPS = new RegExp(`^\\[(?:${GROUP}(?: ${GROUP})*)?\\]$`);
const GROUP_NAME = new RegExp(`^${GROUP}$`);

/**
 * Exactly the two shapes the claim reaches a function in (../AWS-NOTES.md): the string API
 * Gateway's JWT authorizer makes of it ("[coach admin]"; the local authorizer shapes it the
 * same), or the token's own JSON array of names when the function verified the token itself
 * (public routes, token-verifier.ts). Anything else — "coach,admin", "admin" without brackets,
 * nested arrays, numbers — grants no group at all rather than a guess.
 */
export function parseGroups(raw: unknown): string[] {
  if (Array.isArray(raw))
    return raw.every((group) => typeof group === "string" && GROUP_NAME.test(group)) ? [...raw] : [];
  if (typeof raw !== "string" || !API_GATEWAY_GROUPS.test(raw)) return [];
  const inner = raw.slice(1, -1);
  return inner ? inner.split(" ") : [];
}

export function principalFromClaims(claims: Record<string, unknown> | undefined): Principal | undefined {
  if (!claims) return undefined;
  const sub = typeof claims.sub === "string" ? claims.sub : "";
  const org = typeof claims["custom:org"] === "string" ? claims["custom:org"] : "";
  // A token without subject or organisation cannot be scoped: treat as not authenticated.
  if (!sub || !org) throw new UnauthorizedError("Token ohne sub oder custom:org.");
  const roles = parseGroups(claims["cognito:groups"]).filter((g): g is Role =>
    (ROLES as readonly string[]).includes(g),
  );
  return { sub, org, roles };
}
