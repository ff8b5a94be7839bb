import { Agent, request } from "node:http";
import { searchMatches } from "../shared/app/match-search.ts";
import { resolvePostalCode } from "../shared/reference/postal-codes.ts";
import { type Deps, documentClient } from "../shared/runtime.ts";
import { round } from "./stats.ts";

/**
 * What DynamoDB Local allows for the throughput run's match: the exact HTTP requests one
 * POST /matches sends (captured from the route's use case in this process, signed as sent:
 * the parallel Queries, the page's BatchGet, the one search counter), replayed raw — no SDK,
 * no parsing, keep-alive — by as many loops as autocannon has connections, stage by stage as the
 * match sends them. The server's rate ÷ this rate is the share of the database's rate it reaches.
 */
export interface DirectMatches {
  seconds: number;
  requestsPerMatch: number;
  /** How the match's requests follow each other: requests per stage (each stage in parallel). */
  stages: number[];
  matchesPerSecond: number;
  dynamoRequestsPerSecond: number;
  failedRequests: number;
}

/** The match's requests as sent, stage by stage (each stage's requests in parallel). */
export type CapturedMatch = Captured[][];

export interface Captured {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** The signed HTTP request as the SDK sends it (from a deserialize-step middleware's args). */
export function capturedRequest(request: unknown): Captured {
  const req = request as { path: string; method: string; headers: Record<string, string>; body: unknown };
  return {
    path: req.path,
    method: req.method,
    headers: { ...req.headers },
    body: typeof req.body === "string" ? req.body : Buffer.from(req.body as Uint8Array).toString("utf8"),
  };
}

export async function captureMatch(
  endpoint: string,
  tableName: string,
  body: { occupation: string; location: { postalCode: string }; germanLevel: "B1"; languages: string[] },
): Promise<CapturedMatch> {
  const db = documentClient(endpoint);
  const stages: Captured[][] = [];
  let answeredSinceLastSend = true;
  db.middlewareStack.add(
    (next) => async (args) => {
      if (answeredSinceLastSend) stages.push([]);
      answeredSinceLastSend = false;
      stages.at(-1)?.push(capturedRequest(args.request));
      const result = await next(args);
      answeredSinceLastSend = true;
      return result;
    },
    { step: "deserialize", priority: "high", name: "benchCapture" },
  );
  const deps: Deps = {
    db,
    tableName,
    clock: () => new Date(),
    newId: () => "unused",
    candidateRetentionDays: 365,
  };
  const location = resolvePostalCode(body.location.postalCode);
  if (!location) throw new Error(`unknown postal code ${body.location.postalCode}`);
  await searchMatches(
    deps,
    { warn: () => undefined },
    {
      principal: { sub: "bench", org: "iq-owl", roles: ["coach"] },
      profile: { ...body, radiusKm: 50, location, point: { lat: location.lat, lon: location.lon } },
      kinds: ["offer", "place"],
      limit: 20,
    },
  );
  return stages;
}

const send = (agent: Agent, url: URL, r: Captured) =>
  new Promise<boolean>((resolve) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: r.path, method: r.method, headers: r.headers },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 200));
      },
    );
    req.on("error", () => resolve(false));
    req.end(r.body);
  });

/** Replays a captured match by `concurrency` loops for `seconds` against `endpoint`. */
export async function replayMatches(
  endpoint: string,
  stages: CapturedMatch,
  concurrency: number,
  seconds: number,
): Promise<DirectMatches> {
  const url = new URL(endpoint);
  // The SDK's own agent settings (NodeHttpHandler: keep-alive, at most 50 sockets per host), so
  // both sides queue alike when 10 matches × 9 Queries exceed the sockets.
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let matches = 0;
  let requests = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        for (const stage of stages) {
          const ok = await Promise.all(stage.map((r) => send(agent, url, r)));
          requests += ok.length;
          failed += ok.filter((o) => !o).length;
        }
        matches++;
      }
    }),
  );
  // Matches still running at the deadline finish after it: divide by the time really taken.
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    seconds: round(elapsed, 2),
    requestsPerMatch: stages.flat().length,
    stages: stages.map((s) => s.length),
    matchesPerSecond: round(matches / elapsed, 1),
    dynamoRequestsPerSecond: round(requests / elapsed),
    failedRequests: failed,
  };
}
