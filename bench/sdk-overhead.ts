import { Agent, request } from "node:http";
import { DynamoDBClient, QueryCommand as RawQueryCommand } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { ensureTable } from "../local/ensure-table.ts";
import { documentClient } from "../shared/runtime.ts";
import { type Captured, capturedRequest } from "./direct-matches.ts";
import { median, round } from "./stats.ts";

/**
 * What the AWS SDK itself costs the server per DynamoDB request: client CPU per Query of ten
 * match-entry-sized items, sent 10 at a time, by the service's DocumentClient, by the low-level
 * client (+ unmarshall), and as the same signed HTTP request sent raw (+ JSON.parse) — the way
 * the throughput bench's replay sends it. Rounds are interleaved; the median of each is kept.
 */
export const SDK_OVERHEAD_SETUP = { requests: 2000, warmup: 300, parallel: 10, rounds: 3 };
const TABLE = "passung-sdk-overhead";

export interface SdkOverhead {
  /** Client CPU ms per Query (median of the rounds). */
  documentClientMs: number;
  lowLevelClientMs: number;
  rawHttpMs: number;
  itemsPerQuery: number;
}

async function cpuPerRequest(send: () => Promise<unknown>): Promise<number> {
  const { requests, warmup, parallel } = SDK_OVERHEAD_SETUP;
  for (let i = 0; i < warmup; i++) await send();
  const before = process.cpuUsage();
  let left = requests;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (left-- > 0) await send();
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / requests;
}

export const sdkOverheadMarkdown = (s: SdkOverhead) =>
  `**What the SDK costs per request** — client CPU per Query of ${s.itemsPerQuery} match entries, 10 in parallel (\`bench/sdk-overhead.ts\`): ` +
  `the service's DocumentClient ${s.documentClientMs} ms, the low-level client + unmarshall ${s.lowLevelClientMs} ms, ` +
  `the same signed request sent raw + JSON.parse ${s.rawHttpMs} ms (as the throughput replay sends it).`;

export async function runSdkOverhead(endpoint: string): Promise<SdkOverhead> {
  const db = documentClient(endpoint);
  await ensureTable(db, TABLE);
  const entry = (i: number) => ({
    kind: "offer",
    id: `01JBENCH${String(i).padStart(18, "0")}`,
    org: "bench-org",
    occupations: ["81302"],
    languages: ["de", "ar", "en"],
    point: { lat: 51.9 + i / 100, lon: 8.38 },
    placeName: "Gütersloh",
    germanLevel: "B1",
    online: false,
    offerKind: "anpassungsqualifizierung",
    rolling: true,
  });
  const items = Array.from({ length: 10 }, (_, i) => ({ PK: "BENCH", SK: `E${i}`, entry: entry(i) }));
  await db.send(
    new BatchWriteCommand({ RequestItems: { [TABLE]: items.map((Item) => ({ PutRequest: { Item } })) } }),
  );
  const input = {
    TableName: TABLE,
    KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": "BENCH", ":from": "E0", ":to": "E9" },
    ProjectionExpression: "#entry",
    ExpressionAttributeNames: { "#entry": "entry" },
  };
  // The request as the DocumentClient sends it, signed, for the raw path.
  let captured: Captured | undefined;
  db.middlewareStack.add(
    (next) => async (args) => {
      captured ??= capturedRequest(args.request);
      return next(args);
    },
    { step: "deserialize", priority: "high", name: "sdkOverheadCapture" },
  );
  const document = () => db.send(new QueryCommand(input));
  await document();
  const raw = captured;
  if (!raw) throw new Error("no request captured");

  const low = new DynamoDBClient({
    region: "eu-central-1",
    endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  low.middlewareStack.remove("loggerMiddleware");
  const lowInput = { ...input, ExpressionAttributeValues: marshall(input.ExpressionAttributeValues) };
  const lowLevel = async () =>
    (await low.send(new RawQueryCommand(lowInput))).Items?.map((i) => unmarshall(i));

  const url = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const http = () =>
    new Promise<unknown>((resolve, reject) => {
      const req = request({ agent, hostname: url.hostname, port: url.port, ...raw }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      });
      req.on("error", reject);
      req.end(raw.body);
    });

  const runs = { document: [] as number[], low: [] as number[], http: [] as number[] };
  for (let i = 0; i < SDK_OVERHEAD_SETUP.rounds; i++) {
    runs.document.push(await cpuPerRequest(document));
    runs.low.push(await cpuPerRequest(lowLevel));
    runs.http.push(await cpuPerRequest(http));
  }
  agent.destroy();
  low.destroy();
  return {
    documentClientMs: round(median(runs.document), 3),
    lowLevelClientMs: round(median(runs.low), 3),
    rawHttpMs: round(median(runs.http), 3),
    itemsPerQuery: items.length,
  };
}
