import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, inject, it, onTestFinished } from "vitest";
import { freePort } from "../../local/dynamodb-local.ts";
import { deliverNotices } from "../../shared/app/notices.ts";
import { documentClient } from "../../shared/runtime.ts";

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
      PASSUNG_MAIL_SMTP_PORT: String(await freePort()),
      PASSUNG_MAIL_WEB_PORT: String(await freePort()),
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

  // The mail catcher: its page and REST API on 127.0.0.1, printed at start.
  const mails = /E-Mails: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  expect(mails).toBeDefined();
  expect((await fetch(`${mails}/api/email`)).status).toBe(200);

  // A notice for someone who wants mail at once reaches the catcher: table stream → the local
  // poller → the mail reaction → SMTP, as on AWS (stream consumer → SES).
  const sub = `start-${Date.now()}`;
  const employer = (await (
    await fetch(`${url}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: "employer", org: "firma-muster", sub }),
    })
  ).json()) as { token: string };
  const me = await fetch(`${url}/me`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${employer.token}` },
    body: JSON.stringify({ email: "start@example.org", notify: "immediately" }),
  });
  expect(me.status).toBe(200);
  const table = {
    db: documentClient(inject("dynamoEndpoint")),
    tableName: "passung",
    clock: () => new Date(),
    newId: () => sub,
    candidateRetentionDays: 365,
  };
  await deliverNotices(table, [
    {
      eventId: sub,
      recipient: sub,
      org: "firma-muster",
      type: "referral.proposed",
      text: "Neuer Vorschlag für Ihren Mentoringplatz „Start“: bitte prüfen.",
      link: "/betrieb/vorschlaege",
    },
  ]);
  const deadline = Date.now() + 60_000;
  let caught: { subject: string; text: string; to: { address: string }[] }[] = [];
  while (caught.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const all = (await (await fetch(`${mails}/api/email`)).json()) as typeof caught;
    caught = all.filter((mail) => mail.to.some((to) => to.address === "start@example.org"));
  }
  expect(caught.map((mail) => mail.subject)).toEqual(["Passung: Neuer Vorschlag"]);
  expect(caught[0]?.text).toContain(`Ansehen: ${url}/betrieb/vorschlaege`);

  child.kill("SIGINT");
  expect(await exited).toEqual({ code: 0, signal: null });
  // Stopped with everything else: nothing listens on its port any more.
  await expect(fetch(`${mails}/api/email`)).rejects.toThrow();
});
