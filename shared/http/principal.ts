import { ForbiddenError, UnauthorizedError } from "../domain/errors.ts";

export const ROLES = ["coach", "employer", "provider", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as read from the API Gateway JWT authorizer claims. */
export interface Principal {
  sub: string;
  org: string;
  roles: Role[];
}

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

export function hasRole(principal: Principal | undefined, ...roles: Role[]): boolean {
  return !!principal && principal.roles.some((r) => roles.includes(r));
}

/** 401 without a principal, 403 when none of its roles may act. */
export function requireRole(principal: Principal | undefined, ...roles: Role[]): Principal {
  if (!principal) throw new UnauthorizedError();
  if (!hasRole(principal, ...roles)) {
    throw new ForbiddenError(`Erforderliche Rolle: ${roles.join(" oder ")}.`);
  }
  return principal;
}
