import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROUTE_GROUPS, routeGroups, routeGroupSettings } from "../../infra/route-groups.ts";

const root = new URL("../../", import.meta.url);

/** The repository's own source files a group's function bundles (dependencies left out). */
const sources = new Map<string, Promise<{ path: string; text: string }[]>>();
function sourcesOf(group: string) {
  const cached = sources.get(group) ?? bundledSources(group);
  sources.set(group, cached);
  return cached;
}

async function bundledSources(group: string): Promise<{ path: string; text: string }[]> {
  const { metafile } = await build({
    entryPoints: [new URL(`functions/${group}/index.ts`, root).pathname],
    absWorkingDir: root.pathname,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs)
    .filter((path) => path.endsWith(".ts"))
    .map((path) => ({ path, text: readFileSync(new URL(path, root), "utf8") }));
}

/** IAM actions of the DynamoDB commands (SDK or document client) and transaction items in the code. */
const COMMANDS: Record<string, string[]> = {
  Get: ["dynamodb:GetItem"],
  Put: ["dynamodb:PutItem"],
  Update: ["dynamodb:UpdateItem"],
  Delete: ["dynamodb:DeleteItem"],
  Query: ["dynamodb:Query"],
  Scan: ["dynamodb:Scan"],
  BatchGet: ["dynamodb:BatchGetItem"],
  BatchWrite: ["dynamodb:BatchWriteItem"],
  // No IAM action of their own: each item inside needs its action (see TRANSACTION_ITEMS).
  TransactWrite: [],
  TransactGet: [],
};
const TRANSACTION_ITEMS: Record<string, string> = {
  Put: "dynamodb:PutItem",
  Update: "dynamodb:UpdateItem",
  Delete: "dynamodb:DeleteItem",
  ConditionCheck: "dynamodb:ConditionCheckItem",
  Get: "dynamodb:GetItem",
};

function actionsIn(sources: { text: string }[]): string[] {
  const code = sources.map((s) => s.text).join("\n");
  const commands = [...code.matchAll(/\bnew (\w+?)(?:Items?)?Command\(/g)].map((m) => m[1] ?? "");
  const unknown = commands.filter((name) => !(name in COMMANDS));
  if (unknown.length) throw new Error(`Map these commands to IAM actions: ${unknown.join(", ")}`);
  const items = commands.some((name) => name.startsWith("Transact"))
    ? [...code.matchAll(/\b(Put|Update|Delete|ConditionCheck|Get): \{/g)].flatMap(
        (m) => TRANSACTION_ITEMS[m[1] ?? ""] ?? [],
      )
    : [];
  return [...new Set([...commands.flatMap((name) => COMMANDS[name] ?? []), ...items])].sort();
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
});
