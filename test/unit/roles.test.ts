import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthorizedError } from "../../shared/domain/errors.ts";
import { hasRole, type Principal, requireRole, ROLES } from "../../shared/domain/principal.ts";

const caller = (...roles: Principal["roles"]): Principal => ({ sub: "u-1", org: "iq-owl", roles });

describe("roles of a caller (shared/domain/principal.ts)", () => {
  it("knows the four roles of the product", () => {
    expect(ROLES).toEqual(["coach", "employer", "provider", "admin"]);
  });

  it("hasRole: any one of the roles asked for", () => {
    expect(hasRole(caller("coach"), "coach")).toBe(true);
    expect(hasRole(caller("coach", "admin"), "employer", "admin")).toBe(true);
    expect(hasRole(caller("employer"), "coach", "admin")).toBe(false);
    expect(hasRole(caller(), "coach")).toBe(false);
    expect(hasRole(undefined, "coach")).toBe(false);
    expect(hasRole(caller("coach"))).toBe(false);
  });

  it("requireRole: the caller when a role fits, 401 without a caller, 403 naming the roles otherwise", () => {
    const coach = caller("coach");
    expect(requireRole(coach, "coach", "admin")).toBe(coach);
    expect(() => requireRole(undefined, "coach")).toThrow(UnauthorizedError);
    let refused: unknown;
    try {
      requireRole(caller("employer"), "coach", "admin");
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).message).toBe("Erforderliche Rolle: coach oder admin.");
  });
});
