import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { routeGroups, routeGroupSettings, verifiesTokens } from "../infra/route-groups.ts";
import { bareEntry, type Bundle, bundle, functionEntry } from "./bundle.ts";
import { median, round } from "./stats.ts";

/**
 * Per function: minified bundle size, and the time a fresh Node process needs to import it
 * (module evaluation included: clients, schemas, config), against a bare handler that imports
 * only the DynamoDB client, bundled the same way, in the same run. Runs are interleaved
 * round-robin so machine noise hits every bundle alike; one unmeasured round warms the file cache.
 */
export const COLD_START_SETUP = { runs: 11, warmupRounds: 1 };
const BARE = "bare-handler";

// Timed inside the child: only the dynamic import of the bundle, not Node's own start-up.
const RUNNER = `import { pathToFileURL } from "node:url";
const url = pathToFileURL(process.argv[2]).href;
const cpu = process.cpuUsage();
const started = performance.now();
const module = await import(url);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
if (typeof module.handler !== "function") throw new Error("bundle exports no handler");
process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
`;

export interface ColdStartRow {
  name: string;
  bundleKb: number;
  importMs: number;
  importRunsMs: number[];
  ratioToBare: number;
  /** CPU time of the import (user + system): less sensitive to other load on the machine. */
  importCpuMs: number;
  cpuRatioToBare: number;
  /** The largest code this bundle has beyond the bare handler's (KB by package or folder). */
  beyondBare: Array<{ module: string; kb: number }>;
}

export interface ColdStartResult {
  node: string;
  runs: number;
  bare: ColdStartRow;
  functions: ColdStartRow[];
  largestBundleKb: number;
  largestRatio: number;
}

/** What Lambda sets for the function (infra/passung-function.ts), pointed at the local copies. */
function lambdaEnv(name: string, b: Bundle): NodeJS.ProcessEnv {
  const settings = name === BARE ? undefined : routeGroupSettings(name);
  return {
    PATH: process.env.PATH,
    AWS_REGION: "eu-central-1",
    NODE_OPTIONS: "--enable-source-maps",
    LOG_LEVEL: "info",
    ...(settings && settings.tableActions.length > 0 ? { TABLE_NAME: "passung-bench" } : {}),
    ...(settings?.referenceData ? { REFERENCE_DATA_DIR: join(b.dir, "data") } : {}),
    ...(name !== BARE && verifiesTokens(name)
      ? { COGNITO_USER_POOL_ID: "eu-central-1_BENCH0000", COGNITO_CLIENT_ID: "benchclient0000000000000000" }
      : {}),
  };
}

function beyondBare(b: Bundle | undefined, bare: Bundle | undefined) {
  return Object.entries(b?.modules ?? {})
    .map(([module, bytes]) => ({ module, kb: round((bytes - (bare?.modules[module] ?? 0)) / 1024, 1) }))
    .filter((m) => m.kb >= 1)
    .sort((x, y) => y.kb - x.kb)
    .slice(0, 5);
}

function importOnce(runner: string, name: string, b: Bundle): { ms: number; cpuMs: number } {
  const child = spawnSync(process.execPath, [runner, b.file], { env: lambdaEnv(name, b), encoding: "utf8" });
  if (child.status !== 0) throw new Error(`importing the ${name} bundle failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { ms: number; cpuMs: number };
}

export async function runColdStart(progress: (message: string) => void): Promise<ColdStartResult> {
  const out = await mkdtemp(join(tmpdir(), "passung-bench-bundles-"));
  try {
    const runner = join(out, "runner.mjs");
    await writeFile(runner, RUNNER);
    const groups = routeGroups();
    const bundles = new Map<string, Bundle>();
    bundles.set(BARE, await bundle(BARE, bareEntry, out, false));
    for (const group of groups)
      bundles.set(
        group,
        await bundle(group, functionEntry(group), out, routeGroupSettings(group).referenceData),
      );
    progress(`bundled ${bundles.size} entries; importing each ${COLD_START_SETUP.runs}× in fresh processes`);

    const times = new Map<string, Array<{ ms: number; cpuMs: number }>>(
      [...bundles.keys()].map((n) => [n, []]),
    );
    for (let round = 0; round < COLD_START_SETUP.warmupRounds + COLD_START_SETUP.runs; round++) {
      for (const [name, b] of bundles) {
        const time = importOnce(runner, name, b);
        if (round >= COLD_START_SETUP.warmupRounds) times.get(name)?.push(time);
      }
    }
    const wall = (name: string) => (times.get(name) ?? []).map((t) => t.ms);
    const cpu = (name: string) => (times.get(name) ?? []).map((t) => t.cpuMs);
    const row = (name: string): ColdStartRow => ({
      name,
      bundleKb: round((bundles.get(name)?.bytes ?? 0) / 1024, 1),
      importMs: round(median(wall(name)), 1),
      importRunsMs: wall(name).map((ms) => round(ms, 1)),
      ratioToBare: round(median(wall(name)) / median(wall(BARE)), 2),
      importCpuMs: round(median(cpu(name)), 1),
      cpuRatioToBare: round(median(cpu(name)) / median(cpu(BARE)), 2),
      beyondBare: beyondBare(bundles.get(name), bundles.get(BARE)),
    });
    const functions = groups.map(row).sort((a, b) => b.bundleKb - a.bundleKb);
    return {
      node: process.version,
      runs: COLD_START_SETUP.runs,
      bare: row(BARE),
      functions,
      largestBundleKb: Math.max(...functions.map((f) => f.bundleKb)),
      largestRatio: Math.max(...functions.map((f) => f.ratioToBare)),
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
