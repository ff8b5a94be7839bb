import { spawn, spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it, onTestFinished } from "vitest";
import { freePort } from "../../local/dynamodb-local.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Ctrl-C in a terminal signals the whole foreground process group: `npm start` and, unless it runs
 * in a group of its own, DynamoDB Local's Java. A Java gone first failed the stream poller's reads
 * ("Stream record failed…", "Stream poll failed" ECONNREFUSED). Here the group gets SIGINT while
 * the poller works through the demo data's stream records.
 */
it("npm start: Ctrl-C stops the poller, the servers, then DynamoDB Local — no error, exit 0", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "passung-stop-"));
  const child = spawn(process.execPath, ["--import", "tsx", "local/start.ts"], {
    cwd: REPO_ROOT,
    // Its own process group, as a shell gives a foreground job: the group is what Ctrl-C signals.
    detached: true,
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      POWERTOOLS_LOG_LEVEL: "info",
      DYNAMODB_ENDPOINT: "",
      PORT: String(await freePort()),
      PASSUNG_DATA_DIR: dataDir,
      PASSUNG_MAIL_SMTP_PORT: String(await freePort()),
      PASSUNG_MAIL_WEB_PORT: String(await freePort()),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const group = child.pid ?? 0;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  onTestFinished(() => {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // the group is gone: nothing left running
    }
  });

  let output = "";
  await new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("läuft auf")) resolve();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    void exited.then(({ code }) => reject(new Error(`exited early (${code}):\n${output}`)));
  });
  // The poller drains every second; the demo data's records keep it busy for a while.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  process.kill(-group, "SIGINT");

  expect(await exited).toEqual({ code: 0, signal: null });
  const problems = output
    .split("\n")
    .filter((line) => /"level":"(ERROR|WARN)"|ECONNREFUSED|ECONNRESET|failed/i.test(line));
  expect(problems).toEqual([]);
  // Java, stopped last and waited for: no process is left with the data directory.
  expect(spawnSync("pgrep", ["-f", dataDir]).stdout.toString()).toBe("");
}, 240_000); // Java, the demo data and draining its records: a minute or more on a busy machine
