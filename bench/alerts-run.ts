/**
 * `npx tsx bench/alerts-run.ts`: only the alerts section of the bench (bench/alerts.ts), against
 * its own in-memory DynamoDB Local — minutes less than `npm run bench` while tuning the bands.
 */
import { startDynamoDbLocal } from "../local/dynamodb-local.ts";
import { alertsMarkdown, runAlerts } from "./alerts.ts";

const log = (message: string) => process.stderr.write(`[bench alerts] ${message}\n`);
const dynamo = await startDynamoDbLocal();
try {
  const result = await runAlerts(dynamo.endpoint, log);
  process.stdout.write(`${alertsMarkdown(result)}\n\n${JSON.stringify(result, null, 1)}\n`);
} finally {
  await dynamo.stop();
}
