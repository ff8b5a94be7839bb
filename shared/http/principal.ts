import { ForbiddenError, UnauthorizedError } from "../domain/errors.ts";

export const ROLES = ["coach", "employer", "provider", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as read from the API Gateway JWT authorizer claims. */
export interface Principal {
  sub: string;
  org: string;
  roles: Role[];
}

/**
 * API Gateway HTTP APIs pass every claim as a string; `cognito:groups` arrives as
 * "[coach admin]". Locally signed tokens go through the same shaping (local/authorizer.ts).
 */
export function parseGroups(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw !== "string") return [];
  return raw
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .filter(Boolean);
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
