import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, inject, it, onTestFinished } from "vitest";
import { freePort } from "../../local/dynamodb-local.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

it("npm start: serves the API against an existing DynamoDB and exits 0 on SIGINT", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "passung-start-"));
  const child = spawn(process.execPath, ["--import", "tsx", "local/start.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(await freePort()),
      PASSUNG_DATA_DIR: dataDir,
      PASSUNG_DEMO: "0",
      DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /läuft auf (http:\/\/\S+)/.exec(output)?.[1];
      if (printed) resolve(printed);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    void exited.then(({ code }) => reject(new Error(`exited early (${code}):\n${output}`)));
  });

  expect((await fetch(`${url}/health`)).status).toBe(200);
  const token = await fetch(`${url}/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role: "coach", org: "iq-owl" }),
  });
  expect(token.status).toBe(200);
  expect(existsSync(join(dataDir, "dev-signing-key.json"))).toBe(true);

  child.kill("SIGINT");
  expect(await exited).toEqual({ code: 0, signal: null });
});
