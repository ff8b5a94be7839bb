/**
 * `npx tsx bench/throughput-run.ts`: only the local server throughput section of the bench
 * (bench/throughput.ts: the server and the raw replay of its DynamoDB requests, alternated),
 * against its own in-memory DynamoDB Local. BENCH_THROUGHPUT_SECONDS as in `npm run bench`.
 */
import { startDynamoDbLocal } from "../local/dynamodb-local.ts";
import { runThroughput } from "./throughput.ts";

const seconds = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 20);
const started = performance.now();
const log = (message: string) =>
  process.stderr.write(
    `[bench throughput ${Math.round((performance.now() - started) / 1000)} s] ${message}\n`,
  );
const dynamo = await startDynamoDbLocal();
try {
  const result = await runThroughput(dynamo, seconds, log);
  const { rounds, shareOfDatabase, requestsPerSecond, direct } = result;
  log(`share ${shareOfDatabase}: server ${requestsPerSecond}/s, replay ${direct.matchesPerSecond}/s`);
  process.stdout.write(`${JSON.stringify({ rounds, shareOfDatabase, result }, null, 1)}\n`);
} finally {
  await dynamo.stop();
}
