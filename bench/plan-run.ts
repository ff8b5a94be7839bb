/**
 * `npm run bench:plan`: the qualification plan's case on its own (bench/plan.ts), on an in-memory
 * DynamoDB Local: requests and KB per plan at 50 km against the match. BENCH_LISTINGS and
 * BENCH_CANDIDATES as for `npm run bench` (defaults 100,000 and 200). Markdown to stdout.
 */
import { startDynamoDbLocal } from "../local/dynamodb-local.ts";
import { planMarkdown, runPlanBench } from "./plan.ts";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const started = performance.now();
const log = (m: string) =>
  process.stderr.write(`[bench:plan ${Math.round((performance.now() - started) / 1000)} s] ${m}\n`);
process.on("SIGINT", () => process.exit(130));

const dynamo = await startDynamoDbLocal();
try {
  const result = await runPlanBench(
    dynamo.endpoint,
    { listings: setting("BENCH_LISTINGS", 100_000), candidates: setting("BENCH_CANDIDATES", 200) },
    log,
  );
  process.stderr.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(`${planMarkdown(result)}\n`);
} finally {
  await dynamo.stop();
}
