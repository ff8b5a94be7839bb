import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort } from "../local/dynamodb-local.ts";
import { type DirectMatches, directMatches } from "./direct-matches.ts";
import { round } from "./stats.ts";

/**
 * `npm start` as a user runs it (its own process, demo data seeded by itself, request logs on),
 * against the bench's DynamoDB Local; autocannon from this process hits POST /matches over loopback. A short warm-up (first import of
 * the matches function, JIT) is not counted. Then the same match's DynamoDB requests are replayed
 * directly (direct-matches.ts) with the same concurrency: the server's share of that rate.
 */
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const THROUGHPUT_SETUP = { connections: 10, warmupRequests: 200 };
const BODY = {
  occupation: "81302",
  location: { postalCode: "33330" },
  germanLevel: "B1" as const,
  languages: ["ar"],
};

export interface ThroughputResult {
  route: string;
  body: typeof BODY;
  durationSeconds: number;
  connections: number;
  warmupRequests: number;
  requestsPerSecond: number;
  totalRequests: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** The match's own DynamoDB requests replayed raw against the same table: what DynamoDB Local allows. */
  direct: DirectMatches;
  /** requestsPerSecond ÷ direct.matchesPerSecond, measured in the same run. */
  shareOfDatabase: number;
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited early:\n${log()}`);
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not answer /health within 120 s:\n${log()}`);
}

export async function runThroughput(
  dynamoEndpoint: string,
  durationSeconds: number,
): Promise<ThroughputResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "passung-bench-start-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "local", "start.ts")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      PASSUNG_DATA_DIR: dataDir,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
    },
    // Request logs go nowhere (as they would go to CloudWatch); errors are kept for the message.
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const killOnExit = () => server.kill("SIGKILL");
  process.once("exit", killOnExit);
  try {
    await waitForHealth(url, server, () => stderr);
    const tokenResponse = await fetch(`${url}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: "coach", org: "iq-owl" }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const request = {
      url: `${url}/matches`,
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(BODY),
      connections: THROUGHPUT_SETUP.connections,
    };
    await autocannon({ ...request, amount: THROUGHPUT_SETUP.warmupRequests });
    const result = await autocannon({ ...request, duration: durationSeconds });
    const direct = await directMatches(
      dynamoEndpoint,
      "passung",
      BODY,
      THROUGHPUT_SETUP.connections,
      Math.max(5, durationSeconds / 2),
    );
    return {
      route: "POST /matches",
      body: BODY,
      durationSeconds,
      connections: THROUGHPUT_SETUP.connections,
      warmupRequests: THROUGHPUT_SETUP.warmupRequests,
      requestsPerSecond: round(result.requests.average, 1),
      totalRequests: result.requests.total,
      latencyMs: {
        p50: result.latency.p50,
        p99: result.latency.p99,
        mean: round(result.latency.mean, 1),
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      direct,
      shareOfDatabase: round(result.requests.average / direct.matchesPerSecond, 2),
    };
  } finally {
    process.removeListener("exit", killOnExit);
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      const force = setTimeout(() => server.kill("SIGKILL"), 5000);
      server.once("exit", () => (clearTimeout(force), resolve()));
      server.kill("SIGTERM");
    });
    await rm(dataDir, { recursive: true, force: true });
  }
}
