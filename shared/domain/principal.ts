import { ForbiddenError, UnauthorizedError } from "./errors.ts";

export const ROLES = ["coach", "employer", "provider", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a user of an organisation, with the roles its groups grant. */
export interface Principal {
  sub: string;
  org: string;
  roles: Role[];
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
