import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { depsFromEnv } from "../shared/runtime.ts";
import { createLocalAuthorizer } from "./authorizer.ts";
import { seedDemoData } from "./demo/seed.ts";
import { DEMO_TARGETS } from "../shared/domain/statistics-targets.ts";
import { checkJava, startDynamoDbLocal } from "./dynamodb-local.ts";
import { ensureErasureLog, ensureTable } from "./ensure-table.ts";
import { createLocalServer } from "./server.ts";
import { REACTIONS } from "../shared/app/stream-reactions.ts";
import { logger } from "../shared/logger.ts";
import { pollContinuously, streamPoller } from "./stream-poller.ts";
import { runMailSchedule, startLocalMail } from "./mail.ts";
import { loadOrCreateSigningKey } from "./signing-key.ts";

/**
 * `npm start`: DynamoDB Local (on disk) + the table + demo data on first start + the local API
 * server. Ctrl-C stops what uses the database (server, stream poller, mail), then the database,
 * and waits for Java to exit, so nothing is left running and no last read fails.
 */
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const TABLE_NAME = "passung";
/** The erasure log, a table of its own as on AWS (`npm run erasures:reapply` reads it). */
const ERASURE_LOG_TABLE = "passung-erasures";
const settings = {
  port: Number(process.env.PORT ?? 3000),
  dataDir: resolve(process.env.PASSUNG_DATA_DIR ?? join(REPO_ROOT, ".passung")),
  demo: process.env.PASSUNG_DEMO !== "0",
  // PASSUNG_STREAM=0: no stream poller and no mail (the bench's throughput run: on AWS the stream
  // consumer is a function of its own, not work on the API's CPU).
  stream: process.env.PASSUNG_STREAM !== "0",
  endpoint: process.env.DYNAMODB_ENDPOINT,
  // MailDev's usual ports; a port in use is replaced by a free one (local/mail-catcher.ts).
  mailSmtpPort: Number(process.env.PASSUNG_MAIL_SMTP_PORT ?? 1025),
  mailWebPort: Number(process.env.PASSUNG_MAIL_WEB_PORT ?? 1080),
};

// The deployment's targets (GET /statistics/targets): on AWS a stage setting; here the demo network's.
process.env.STATISTICS_TARGETS ??= JSON.stringify(DEMO_TARGETS);

/** Undo steps, run last-started-first on shutdown. */
const stops: Array<() => Promise<void>> = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop();
  process.exit(code);
}
// `on`, not `once`: a second Ctrl-C must not kill us before Java is stopped.
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function startDynamo(): Promise<string> {
  if (settings.endpoint) return settings.endpoint;
  try {
    checkJava();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const dataDir = join(settings.dataDir, "dynamodb");
  await mkdir(dataDir, { recursive: true });
  const dynamo = await startDynamoDbLocal({ dataDir, ownProcessGroup: true });
  stops.push(dynamo.stop);
  return dynamo.endpoint;
}

/**
 * A fresh clone has no web/dist: build the pages with Vite (a dev dependency) while DynamoDB
 * starts. Built next to it and renamed, so a half-written build is never served.
 * `npm run build:web` rebuilds after changes.
 */
async function ensureWebBuild(): Promise<void> {
  const webDir = join(REPO_ROOT, "web");
  const dist = join(webDir, "dist");
  if (existsSync(join(dist, "index.html"))) return;
  const temp = join(webDir, `.dist-${process.pid}`);
  try {
    const { build } = await import("vite");
    await build({
      root: webDir,
      configFile: join(webDir, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: temp, emptyOutDir: true },
    });
    await rm(dist, { recursive: true, force: true });
    await rename(temp, dist);
    console.log("Web-Seiten gebaut (web/dist).");
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`Die Web-Seiten konnten nicht gebaut werden (${reason}); die API läuft trotzdem.`);
  }
}

/** MailDev for the notice mails; without it (ports refused, …) notices stay in the inbox only. */
async function startMail() {
  try {
    const mail = await startLocalMail({
      mailDirectory: join(settings.dataDir, "mail"),
      webUrl: `http://127.0.0.1:${settings.port}`,
      smtpPort: settings.mailSmtpPort,
      webPort: settings.mailWebPort,
    });
    stops.push(mail.catcher.stop);
    return mail;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(
      `Der E-Mail-Fänger (MailDev) startet nicht (${reason}); Benachrichtigungen nur im Posteingang.`,
    );
    return undefined;
  }
}

async function main() {
  const web = ensureWebBuild();
  const endpoint = await startDynamo();
  // The same dependencies the handlers build from this environment at their cold start.
  const deps = depsFromEnv({ ...process.env, TABLE_NAME, ERASURE_LOG_TABLE, DYNAMODB_ENDPOINT: endpoint });
  await ensureTable(deps.db, TABLE_NAME);
  await ensureErasureLog(deps.db, ERASURE_LOG_TABLE);
  if (settings.demo) {
    const seeded = await seedDemoData(deps);
    if (seeded)
      console.log(`Demo-Daten geladen: ${seeded.offers} Qualifizierungen, ${seeded.places} Mentoringplätze.`);
  }

  // The table's change stream → the stream consumer's handler, as Lambda's event source mapping does.
  await mkdir(settings.dataDir, { recursive: true });
  // Notice mails go to MailDev (SES's stand-in); the schedule's digest and retries run on a timer.
  const mail = settings.stream ? await startMail() : undefined;
  if (mail) stops.push(runMailSchedule({ ...deps, mail: mail.mailer }, mail.mailer, logger));
  const checkpointFile = join(settings.dataDir, "stream-checkpoints.json");
  if (settings.stream)
    stops.push(
      pollContinuously(
        streamPoller({
          deps: mail ? { ...deps, mail: mail.mailer } : deps,
          endpoint,
          reactions: REACTIONS,
          log: logger,
          checkpointFile,
        }),
        logger,
      ),
    );

  const key = await loadOrCreateSigningKey(join(settings.dataDir, "dev-signing-key.json"));
  const local = createLocalServer({
    env: { TABLE_NAME, ERASURE_LOG_TABLE, DYNAMODB_ENDPOINT: endpoint },
    authorizer: await createLocalAuthorizer({ key }),
  });
  await web;
  const url = await local.listen(settings.port);
  stops.push(() => {
    // Give in-flight requests a moment, then cut keep-alive and slow connections.
    setTimeout(() => local.server.closeAllConnections(), 2000).unref();
    return local.close();
  });
  // One write, so whoever reads the output finds both lines together.
  console.log(`Passung läuft auf ${url}${mail ? `\nE-Mails: ${mail.catcher.webUrl}` : ""}`);
  console.log(
    `Token: curl -s -X POST ${url}/dev/token -H 'content-type: application/json' -d '{"role":"coach","org":"iq-owl"}'`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  return shutdown(1);
});
