import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { directApi } from "./support/api.ts";

/**
 * GET /openapi.json, as served, passes `redocly lint` with the recommended ruleset (redocly.yaml)
 * with zero errors, and describes every route of the route table — and nothing else.
 */
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(
  dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin",
  "cli.js",
);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

// The meta functions touch no database, so no table is needed.
const served = async () => {
  const res = await directApi({} as never)("GET /openapi.json");
  expect(res.status).toBe(200);
  return res.body as { paths: Record<string, Record<string, unknown>> };
};

async function lint(document: unknown): Promise<LintReport> {
  const dir = await mkdtemp(join(tmpdir(), "passung-openapi-"));
  const file = join(dir, "openapi.json");
  await writeFile(file, JSON.stringify(document));
  const args = [CLI, "lint", file, "--config", join(REPO, "redocly.yaml"), "--format", "json"];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  // redocly exits 1 when it finds errors; its report is on stdout either way.
  const stdout = await promisify(execFile)(process.execPath, args, { env, timeout: 60_000 })
    .then((r) => r.stdout)
    .catch((error: { stdout?: string }) => error.stdout ?? "")
    .finally(() => rm(dir, { recursive: true, force: true }));
  return JSON.parse(stdout.slice(stdout.indexOf("{"))) as LintReport;
}

describe("GET /openapi.json", () => {
  it("passes redocly lint (recommended) with zero errors", { timeout: 60_000 }, async () => {
    const document = await served();
    // The same document without its root security and servers: proof the linter really reports errors.
    const { security: _security, servers: _servers, ...broken } = document as Record<string, unknown>;
    const [report, control] = await Promise.all([lint(document), lint(broken)]);
    expect(control.totals.errors).toBeGreaterThan(0);
    const errors = report.problems
      .filter((p) => p.severity === "error")
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it("describes every route of the route table, and no other", async () => {
    const { paths } = await served();
    const described = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toEqual(routes.map(routeKey).sort());
  });
});
