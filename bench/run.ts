/**
 * `npm run bench`: the proof suite's benchmark (not part of `npm test`). Cold start first (on a
 * quiet machine: nothing else of the bench running), then DynamoDB Local in memory for the local
 * server throughput (demo data) and the matching at scale. Progress goes to stderr; the Markdown
 * table to stdout; results to bench/results.json and the table into bench/README.md.
 * Smaller runs (BENCH_LISTINGS, BENCH_CANDIDATES, BENCH_SCAN_SAMPLES, BENCH_THROUGHPUT_SECONDS)
 * write bench/results.local.json instead and leave the README alone.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startDynamoDbLocal } from "../local/dynamodb-local.ts";
import { alertsMarkdown, runAlerts } from "./alerts.ts";
import { runColdStart } from "./cold-start.ts";
import { benchImport } from "./import.ts";
import { matchHelpMarkdown, runMatchHelp } from "./match-help.ts";
import { runMatchingAtScale } from "./matching-at-scale.ts";
import { machine } from "./machine.ts";
import { markdown, updateReadme } from "./report.ts";
import { evaluateTargets } from "./targets.ts";
import { runSdkOverhead, sdkOverheadMarkdown } from "./sdk-overhead.ts";
import { runThroughput } from "./throughput.ts";
import { writeFormatted } from "./write-formatted.ts";

const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));
const DEFAULTS = { listings: 100_000, candidates: 200, scanSamples: 5, throughputSeconds: 20 };
/** The timed Scans stop early (after at least 2) once the run nears this: the issue's 15 min. */
const SCAN_DEADLINE_MS = 13 * 60_000;
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const settings = {
  listings: setting("BENCH_LISTINGS", DEFAULTS.listings),
  candidates: setting("BENCH_CANDIDATES", DEFAULTS.candidates),
  scanSamples: setting("BENCH_SCAN_SAMPLES", DEFAULTS.scanSamples),
  throughputSeconds: setting("BENCH_THROUGHPUT_SECONDS", DEFAULTS.throughputSeconds),
};
const official = Object.entries(DEFAULTS).every(([k, v]) => settings[k as keyof typeof settings] === v);

const started = performance.now();
const elapsed = () => Math.round((performance.now() - started) / 1000);
const log = (message: string) => process.stderr.write(`[bench ${elapsed()} s] ${message}\n`);
// Ctrl-C: exit normally so the 'exit' hooks stop DynamoDB Local and the local server.
process.on("SIGINT", () => process.exit(130));

async function main() {
  const info = machine();
  log(
    `settings ${JSON.stringify(settings)}${official ? "" : " (not the defaults: writing results.local.json)"}`,
  );
  log("cold start: bundling every function like the CDK does");
  const coldStart = await runColdStart(log);
  log("starting DynamoDB Local (in memory)");
  const dynamo = await startDynamoDbLocal();
  try {
    log(`local server throughput: POST /matches for ${settings.throughputSeconds} s`);
    const throughput = await runThroughput(dynamo, settings.throughputSeconds, log);
    log("what the SDK costs per request: DocumentClient, low-level client, raw HTTP");
    const sdkOverhead = await runSdkOverhead(dynamo.endpoint);
    log("CSV import: 1,500 rows through the import route's code, on a DynamoDB Local of its own");
    // A fresh emulator: the same import into a second table of a used one took 2.3× as long (past
    // the 22 s write budget): DynamoDB Local slows down as its in-memory data and stream grow.
    const importDynamo = await startDynamoDbLocal();
    const csvImport = await benchImport(importDynamo.endpoint).finally(() => importDynamo.stop());
    log("alerts: reverse lookup per published item with 10,000 saved candidates");
    const alerts = await runAlerts(dynamo.endpoint, log);
    const matching = await runMatchingAtScale(
      dynamo.endpoint,
      { ...settings, deadline: started + SCAN_DEADLINE_MS },
      log,
    );
    log("whole POST /matches at 50 km with the help for an empty list: requests by command");
    // "passung" holds the demo data (seeded by the throughput run), "passung-bench" the population.
    const matchHelp = await runMatchHelp(
      dynamo.endpoint,
      { demo: "passung", population: "passung-bench" },
      settings.candidates,
    );
    info.loadAverage.end = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    const results = {
      date: new Date().toISOString(),
      runtimeSeconds: elapsed(),
      settings,
      machine: info,
      targets: evaluateTargets(matching, coldStart, throughput, info.loadAverage),
      matching,
      coldStart,
      throughput,
      sdkOverhead,
      csvImport,
      matchHelp,
      alerts,
    };
    const table = `${markdown(results)}\n\n${sdkOverheadMarkdown(sdkOverhead)}\n\n**CSV import** — ${csvImport.rows} rows in ${csvImport.seconds} s (${csvImport.itemsPerSecond} items/s, ${csvImport.calls === 1 ? "one request" : `${csvImport.calls} requests: past the 22 s write budget the file is sent again`}; \`bench/import.ts\`).\n\n${matchHelpMarkdown(matchHelp)}\n\n${alertsMarkdown(alerts)}`;
    await writeFormatted(
      join(BENCH_DIR, official ? "results.json" : "results.local.json"),
      JSON.stringify(results),
    );
    if (official) await updateReadme(join(BENCH_DIR, "README.md"), table);
    process.stdout.write(`${table}\n`);
    log(`done in ${elapsed()} s`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
