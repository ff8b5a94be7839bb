import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { type Deps, documentClient } from "../shared/runtime.ts";
import { createTableInput } from "../shared/db/table-definition.ts";
import { drawCandidates } from "./candidates.ts";
import { listingFactory } from "./listings.ts";
import { runIndexed, runMatch } from "./matching.ts";
import { type RadiusResult, summarizeRadius } from "./matching-summary.ts";
import { population } from "./population.ts";
import { mulberry32 } from "./prng.ts";
import { checkAgainstScan } from "./read-analysis.ts";
import { measured, withCounter } from "./request-counter.ts";
import { type BaselineRun, runBaseline, SCAN_SETUP, scanEntries } from "./scan-baseline.ts";
import { type SeedSummary, seedListings } from "./seed.ts";
import { round, sum } from "./stats.ts";

/**
 * Section 1: seeds the catalogue, runs every candidate at every radius through findMatches, then
 * the Scan baseline: one full Scan of the match entries checks all matches (same data, nothing
 * changes in between), and timed per-candidate Scans give the baseline's latency.
 */
export const RADII_KM = [10, 25, 50, 100, 300];
export const SEEDS = { catalogue: 20260302, candidates: 42 };
/** The bench's clock: dates in the catalogue are drawn around it, so results do not age. */
export const BENCH_NOW = new Date("2026-03-02T09:00:00Z");
const WARMUP_MATCHES = 10;

export interface MatchingSettings {
  listings: number;
  candidates: number;
  scanSamples: number;
  /** performance.now() by which the timed Scans should be done (keeps the run under 15 min). */
  deadline: number;
}
const MIN_SCAN_SAMPLES = 2;

export async function runMatchingAtScale(
  endpoint: string,
  settings: MatchingSettings,
  log: (m: string) => void,
) {
  const tableName = "passung-bench";
  // The project's client without the functions' fail-fast limits (FUNCTION_DB_LIMITS: 2 s per
  // attempt, sized for DynamoDB): on DynamoDB Local sharing 2 cores a wide page can take longer,
  // and timeouts would measure the emulator, not the index. Retries still count (middleware).
  const bulk = documentClient(endpoint);
  const bulkCounter = withCounter(bulk);
  await bulk.send(new CreateTableCommand(createTableInput(tableName, { stream: false })));

  const random = mulberry32(SEEDS.catalogue);
  const people = population(random);
  const factory = listingFactory(random, people, BENCH_NOW);
  log(`seeding ${settings.listings.toLocaleString("en")} listings with their match entries`);
  const seed: SeedSummary = await seedListings(bulk, tableName, factory, settings.listings, (done, s) =>
    log(
      `seeded ${done.toLocaleString("en")} / ${settings.listings.toLocaleString("en")} (${Math.round(s)} s)`,
    ),
  );

  // A client of its own, so the counter sees only the matches.
  const db = documentClient(endpoint);
  const counter = withCounter(db);
  const deps: Deps = {
    db,
    tableName,
    clock: () => BENCH_NOW,
    newId: () => "unused",
    candidateRetentionDays: 365,
  };
  const today = BENCH_NOW.toISOString().slice(0, 10);
  const candidateRandom = mulberry32(SEEDS.candidates);
  const candidates = drawCandidates(candidateRandom, people, settings.candidates);
  const warmup = drawCandidates(candidateRandom, people, WARMUP_MATCHES);
  for (const [i, c] of warmup.entries())
    await runMatch(deps, counter, c, -1, RADII_KM[i % RADII_KM.length] ?? 50);
  const before = { requests: counter.requests, scanned: counter.scanned, commands: { ...counter.byCommand } };
  const started = performance.now();
  const runs = await runIndexed(deps, counter, candidates, RADII_KM, (done, total) =>
    log(`matched ${done} / ${total} (${Math.round((performance.now() - started) / 1000)} s)`),
  );
  const indexedSeconds = (performance.now() - started) / 1000;

  log("Scan baseline: one full Scan of the match entries to check every match");
  const full = await measured(bulkCounter, () =>
    scanEntries(bulk, {
      TableName: tableName,
      FilterExpression: "begins_with(PK, :match)",
      ExpressionAttributeValues: { ":match": "MATCH#" },
    }),
  );
  const { byRadius, examples } = checkAgainstScan(full.value, candidates, runs, today);
  full.value.clear();

  const baselineRuns: BaselineRun[] = [];
  const step = Math.max(1, Math.floor(candidates.length / settings.scanSamples));
  for (let i = 0; i < settings.scanSamples && i * step < candidates.length; i++) {
    const candidate = candidates[i * step];
    const lastScan = baselineRuns.at(-1)?.scanMs ?? 0;
    if (!candidate || (i >= MIN_SCAN_SAMPLES && performance.now() + lastScan > settings.deadline)) break;
    baselineRuns.push(
      ...(await runBaseline(bulk, bulkCounter, tableName, candidate, i * step, RADII_KM, today)),
    );
    log(
      `Scan-based match ${i + 1} / ${settings.scanSamples}: ${((baselineRuns.at(-1)?.scanMs ?? 0) / 1000).toFixed(1)} s`,
    );
  }

  const radii: RadiusResult[] = RADII_KM.map((r) => summarizeRadius(r, runs, baselineRuns, byRadius.get(r)));
  return {
    dataset: {
      ...seed,
      postalCodes: people.postalCodes,
      iqSectorShare: round(people.iqSectorShare, 3),
      seeds: SEEDS,
      clock: BENCH_NOW.toISOString(),
    },
    candidates: candidates.length,
    radiiKm: RADII_KM,
    indexed: {
      warmupMatches: WARMUP_MATCHES,
      seconds: round(indexedSeconds, 1),
      errors: runs
        .filter((r) => r.error)
        .map((r) => `candidate ${r.candidate} at ${r.radiusKm} km: ${r.error}`)
        .slice(0, 5),
      requestsCountedByMiddleware: counter.requests - before.requests,
      requestsReportedByService: sum(runs.map((r) => r.serviceRequests)),
      // Which DynamoDB operations the matches sent (only Query: request-path code never Scans).
      commands: Object.fromEntries(
        Object.entries(counter.byCommand).map(([name, n]) => [name, n - (before.commands[name] ?? 0)]),
      ),
      matchesWithRetries: runs.filter((r) => r.requests > r.serviceRequests).length,
      itemsScannedCountedByMiddleware: counter.scanned - before.scanned,
      itemsReadReportedByService: sum(runs.map((r) => r.itemsRead)),
    },
    baseline: {
      setup: SCAN_SETUP,
      plannedSamples: settings.scanSamples,
      sampledCandidates: baselineRuns.length / RADII_KM.length,
      fullScan: {
        seconds: round(full.ms / 1000, 1),
        requests: full.requests,
        itemsScanned: full.scanned,
      },
      mismatches: sum([...byRadius.values()].map((c) => c.mismatches)),
      mismatchExamples: examples,
    },
    radii,
  };
}

export type MatchingResult = Awaited<ReturnType<typeof runMatchingAtScale>>;
