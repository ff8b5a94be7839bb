import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result as CannonResult } from "autocannon";
import { freePort } from "../local/dynamodb-local.ts";
import { captureMatch, type DirectMatches, replayMatches } from "./direct-matches.ts";
import { median, round } from "./stats.ts";

/**
 * `npm start` as a user runs it (its own process, demo data seeded by itself, request logs on),
 * against the bench's DynamoDB Local; autocannon from this process hits POST /matches over loopback. A short warm-up (first import of
 * the matches function, JIT) is not counted. Then the same match's DynamoDB requests are replayed
 * directly (direct-matches.ts) with the same concurrency: the server's share of that rate.
 */
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const THROUGHPUT_SETUP = { connections: 10, warmupRequests: 1000, warmupReplaySeconds: 5, rounds: 3 };
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
  /** Server and replay alternated: each round's server req/s, replayed matches/s and their ratio. */
  rounds: Array<{
    serverPerSecond: number;
    directPerSecond: number;
    share: number;
    /** CPU time of the server process per answered request (Linux /proc; null elsewhere). */
    serverCpuMsPerRequest: number | null;
    /** Where the machine's CPU went per match, in each half of the round (ms; null off Linux). */
    cpuMsPerMatch: { served: CpuShare; replayed: CpuShare };
  }>;
  /** Median of the rounds' shares (server req/s ÷ replayed matches/s right after). */
  shareOfDatabase: number;
}

/** CPU per match by process: the server (none while replaying), DynamoDB Local, and this bench process (autocannon or the replay loops). */
export interface CpuShare {
  server: number | null;
  database: number | null;
  client: number;
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

/** CPU seconds (user + system) a process has used so far, from /proc (Linux, clock ticks of 10 ms). */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds of this process so far. */
const ownCpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

interface CpuMeter {
  server: number | undefined;
  database: number | undefined;
  client: number;
}

const readCpu = (serverPid: number | undefined, databasePid: number | undefined): CpuMeter => ({
  server: cpuSeconds(serverPid),
  database: cpuSeconds(databasePid),
  client: ownCpuSeconds(),
});

function cpuShare(before: CpuMeter, after: CpuMeter, matches: number, withServer: boolean): CpuShare {
  const perMatch = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? null : round(((b - a) * 1000) / matches, 2);
  return {
    server: withServer ? perMatch(before.server, after.server) : null,
    database: perMatch(before.database, after.database),
    client: perMatch(before.client, after.client) ?? 0,
  };
}

const total = (results: CannonResult[], pick: (r: CannonResult) => number) =>
  results.reduce((sum, r) => sum + pick(r), 0);

type Served = CannonResult & { cpuSeconds?: number; cpu: CpuShare };
type Replayed = DirectMatches & { cpu: CpuShare };

function summarize(served: Served[], replayed: Replayed[], roundSeconds: number) {
  const rounds = served.map((s, i) => {
    const directPerSecond = replayed[i]?.matchesPerSecond ?? Number.NaN;
    return {
      serverPerSecond: round(s.requests.average, 1),
      directPerSecond,
      share: round(s.requests.average / directPerSecond, 2),
      serverCpuMsPerRequest:
        s.cpuSeconds === undefined ? null : round((s.cpuSeconds * 1000) / s.requests.total, 1),
      cpuMsPerMatch: {
        served: s.cpu,
        replayed: replayed[i]?.cpu ?? { server: null, database: null, client: 0 },
      },
    };
  });
  const requests = total(served, (r) => r.requests.total);
  const seconds = served.length * roundSeconds;
  const directSeconds = replayed.reduce((sum, r) => sum + r.seconds, 0);
  const directMatches = replayed.reduce((sum, r) => sum + r.matchesPerSecond * r.seconds, 0);
  const first = replayed[0] as DirectMatches;
  const result: ThroughputResult = {
    route: "POST /matches",
    body: BODY,
    durationSeconds: seconds,
    connections: THROUGHPUT_SETUP.connections,
    warmupRequests: THROUGHPUT_SETUP.warmupRequests,
    requestsPerSecond: round(requests / seconds, 1),
    totalRequests: requests,
    // Per round only percentiles exist: the median round's p50, the worst round's p99 and max.
    latencyMs: {
      p50: median(served.map((r) => r.latency.p50)),
      p99: Math.max(...served.map((r) => r.latency.p99)),
      mean: round(total(served, (r) => r.latency.mean * r.requests.total) / requests, 1),
      max: Math.max(...served.map((r) => r.latency.max)),
    },
    errors: total(served, (r) => r.errors),
    timeouts: total(served, (r) => r.timeouts),
    non2xx: total(served, (r) => r.non2xx),
    direct: {
      seconds: round(directSeconds, 2),
      requestsPerMatch: first.requestsPerMatch,
      stages: first.stages,
      matchesPerSecond: round(directMatches / directSeconds, 1),
      dynamoRequestsPerSecond: round((directMatches * first.requestsPerMatch) / directSeconds),
      failedRequests: replayed.reduce((sum, r) => sum + r.failedRequests, 0),
    },
    rounds,
    shareOfDatabase: median(rounds.map((r) => r.share)),
  };
  return result;
}

export async function runThroughput(
  dynamo: { endpoint: string; pid: number | undefined },
  durationSeconds: number,
  log: (message: string) => void = () => undefined,
): Promise<ThroughputResult> {
  const dynamoEndpoint = dynamo.endpoint;
  const dataDir = await mkdtemp(join(tmpdir(), "passung-bench-start-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const serverArgs = [...nodeArgs, "--import", "tsx", join(REPO_ROOT, "local", "start.ts")];
  const server = spawn(process.execPath, serverArgs, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      PASSUNG_DATA_DIR: dataDir,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      // No stream poller and no mail: POST /matches needs neither, and on AWS the stream consumer
      // runs in a function of its own, not on the API's CPU (PASSUNG_STREAM=1 keeps them).
      PASSUNG_STREAM: process.env.PASSUNG_STREAM ?? "0",
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
    // Both sides warm up before anything is counted: the server's JIT, and DynamoDB Local's (the
    // Java process needed 3× the CPU per match in the first counted round after 200 requests only).
    await autocannon({ ...request, amount: THROUGHPUT_SETUP.warmupRequests });
    const stages = await captureMatch(dynamoEndpoint, "passung", BODY);
    await replayMatches(
      dynamoEndpoint,
      stages,
      THROUGHPUT_SETUP.connections,
      THROUGHPUT_SETUP.warmupReplaySeconds,
    );
    // The machine is shared: server and replay alternate, so a change of load hits both sides.
    const roundSeconds = Math.max(3, Math.round(durationSeconds / THROUGHPUT_SETUP.rounds));
    const served: Served[] = [];
    const replayed: Replayed[] = [];
    const meter = () => readCpu(server.pid, dynamo.pid);
    for (let i = 0; i < THROUGHPUT_SETUP.rounds; i++) {
      log(`round ${i + 1}: server`);
      const before = meter();
      const result = await autocannon({ ...request, duration: roundSeconds });
      const after = meter();
      const cpu = cpuShare(before, after, result.requests.total, true);
      const serverCpu =
        before.server !== undefined && after.server !== undefined ? after.server - before.server : undefined;
      served.push({ ...result, cpu, ...(serverCpu !== undefined && { cpuSeconds: serverCpu }) });
      log(`round ${i + 1}: replay`);
      const replayBefore = meter();
      const replay = await replayMatches(dynamoEndpoint, stages, THROUGHPUT_SETUP.connections, roundSeconds);
      const replayAfter = meter();
      const matches = replay.matchesPerSecond * replay.seconds;
      replayed.push({ ...replay, cpu: cpuShare(replayBefore, replayAfter, matches, false) });
    }
    return summarize(served, replayed, roundSeconds);
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
