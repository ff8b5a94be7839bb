import { describe, expect, it } from "vitest";
import { ROUTE_GROUPS, routeGroups, routeGroupSettings, verifiesTokens } from "../../infra/route-groups.ts";
import { actionsIn, bundledSources } from "./table-actions.ts";

/** The repository's own source files a group's function bundles (dependencies left out). */
const sources = new Map<string, Promise<{ path: string; text: string }[]>>();
function sourcesOf(group: string) {
  const cached = sources.get(group) ?? bundledSources(`functions/${group}/index.ts`);
  sources.set(group, cached);
  return cached;
}

describe("infra/route-groups.ts", () => {
  it("has settings for exactly the route table's groups", () => {
    expect(Object.keys(ROUTE_GROUPS).sort()).toEqual(routeGroups().sort());
    expect(() => routeGroupSettings("nope")).toThrow(/no settings/);
  });

  it("stays below API Gateway's 30 s integration timeout", () => {
    for (const group of routeGroups()) expect(routeGroupSettings(group).timeoutSeconds).toBeLessThan(30);
  });

  it.each(routeGroups())("grants %s exactly the table actions its code sends", async (group) => {
    const code = await sourcesOf(group);
    expect([...routeGroupSettings(group).tableActions].sort()).toEqual(actionsIn(code));
  });

  it.each(routeGroups())("ships the reference data to %s exactly when its code reads it", async (group) => {
    const reads = (await sourcesOf(group)).some((s) => s.path.endsWith("shared/reference/data-files.ts"));
    expect(routeGroupSettings(group).referenceData).toBe(reads);
  });

  // The verifier (aws-jwt-verify) costs every bundle that carries it import time: only where it is used.
  it.each(routeGroups())(
    "carries the token verifier in %s exactly when it has optional routes",
    async (group) => {
      const code = await sourcesOf(group);
      const verifier = code.find((s) => s.path.endsWith("shared/token-verifier.ts"));
      expect(Boolean(verifier), "bundles shared/token-verifier.ts").toBe(verifiesTokens(group));
      const entry = code.find((s) => s.path.endsWith(`functions/${group}/index.ts`));
      expect(entry?.text.includes("tokenVerifierFromEnv("), "its entry builds the verifier").toBe(
        verifiesTokens(group),
      );
    },
  );
});
