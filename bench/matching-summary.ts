import type { MatchRun } from "./matching.ts";
import type { RadiusCheck } from "./read-analysis.ts";
import type { BaselineRun } from "./scan-baseline.ts";
import { mean, percentile, round, type Summary, sum, summary } from "./stats.ts";

/** Per-radius figures of the indexed runs, the Scan baseline and the cross-checks. */
export interface RadiusResult {
  radiusKm: number;
  matches: number;
  errors: number;
  /** Counted by the middleware: every HTTP attempt, retries included. */
  requestsPerMatch: Summary;
  /** Attempts beyond the requests findMatches made (retries), summed over the radius' matches. */
  retries: number;
  itemsRead: Summary;
  /** DynamoDB response bytes per match (KB = 1,000 bytes, Content-Length) and read units. */
  kbReadPerMatch: Summary;
  readUnitsPerMatch: Summary;
  itemsReturned: Summary;
  /** Results shown after the result limit (20 offers + 20 places). */
  itemsShownMean: number;
  /** Σ items read ÷ Σ items returned before the limit. */
  readAmplification: number;
  /** Of all items read: outside the circle (cover wider than the circle) / inside but filtered. */
  readOutsideCircleShare: number;
  readFilteredShare: number;
  latencyMs: { p50: number; p95: number; mean: number; max: number };
  baseline: {
    samples: number;
    latencyMs: { p50: number; p95: number };
    requestsPerMatch: number;
    itemsRead: number;
    mismatches: number;
  };
  /** Scan baseline p50 ÷ indexed p50. */
  speedupP50: number;
  check: { compared: number; mismatches: number; readCountMismatches: number };
}

export function summarizeRadius(
  radiusKm: number,
  allRuns: readonly MatchRun[],
  baselineRuns: readonly BaselineRun[],
  check: RadiusCheck | undefined,
): RadiusResult {
  const all = allRuns.filter((r) => r.radiusKm === radiusKm);
  const runs = all.filter((r) => !r.error);
  const base = baselineRuns.filter((b) => b.radiusKm === radiusKm);
  const indexedByCandidate = new Map(runs.map((r) => [r.candidate, r]));
  const baseMismatches = base.filter((b) => {
    const r = indexedByCandidate.get(b.candidate);
    return (
      !r ||
      r.returned !== b.returned ||
      r.offers.join() !== b.offers.join() ||
      r.places.join() !== b.places.join()
    );
  }).length;
  const indexedP50 = percentile(
    runs.map((r) => r.ms),
    50,
  );
  const baseP50 = percentile(
    base.map((b) => b.ms),
    50,
  );
  const read = sum(runs.map((r) => r.itemsRead));
  return {
    radiusKm,
    matches: all.length,
    errors: all.length - runs.length,
    requestsPerMatch: summary(runs.map((r) => r.requests)),
    retries: sum(runs.map((r) => r.requests - r.serviceRequests)),
    itemsRead: summary(runs.map((r) => r.itemsRead)),
    kbReadPerMatch: summary(runs.map((r) => r.bytes / 1000)),
    readUnitsPerMatch: summary(runs.map((r) => r.readUnits)),
    itemsReturned: summary(runs.map((r) => r.returned)),
    itemsShownMean: round(mean(runs.map((r) => r.shown))),
    readAmplification: round(read / Math.max(1, sum(runs.map((r) => r.returned))), 2),
    readOutsideCircleShare: round((check?.outsideCircle ?? 0) / Math.max(1, read), 3),
    readFilteredShare: round((check?.filteredInside ?? 0) / Math.max(1, read), 3),
    latencyMs: {
      p50: round(indexedP50),
      p95: round(
        percentile(
          runs.map((r) => r.ms),
          95,
        ),
      ),
      mean: round(mean(runs.map((r) => r.ms))),
      max: round(Math.max(...runs.map((r) => r.ms))),
    },
    baseline: {
      samples: base.length,
      latencyMs: {
        p50: round(baseP50),
        p95: round(
          percentile(
            base.map((b) => b.ms),
            95,
          ),
        ),
      },
      requestsPerMatch: round(mean(base.map((b) => b.requests))),
      itemsRead: round(mean(base.map((b) => b.scanned))),
      mismatches: baseMismatches,
    },
    speedupP50: round(baseP50 / indexedP50, 1),
    check: {
      compared: check?.compared ?? 0,
      mismatches: check?.mismatches ?? 0,
      readCountMismatches: check?.readCountMismatches ?? 0,
    },
  };
}
