import { readFile } from "node:fs/promises";
import type { BenchResults } from "./machine.ts";
import { writeFormatted } from "./write-formatted.ts";

/** The Markdown the run prints and puts into bench/README.md between the result markers. */
const START = "<!-- results:start -->";
const END = "<!-- results:end -->";

const table = (head: string[], rows: Array<Array<string | number>>) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

export function markdown(results: BenchResults): string {
  const { machine, matching: m, coldStart: c, throughput: t, targets } = results;
  const minutes = `${Math.floor(results.runtimeSeconds / 60)} min ${Math.round(results.runtimeSeconds % 60)} s`;
  const header =
    `**${results.date.slice(0, 10)}** · ${machine.cpus} × ${machine.cpuModel} · Node ${machine.node} · ` +
    `DynamoDB Local ${machine.dynamoDbLocal} (Java ${machine.java}) · load average ${machine.loadAverage.start} → ${machine.loadAverage.end} · total runtime ${minutes}`;
  const targetTable = table(
    ["target", "figure", "met"],
    targets.map((row) => [row.target, row.figure, row.met ? "yes" : "**no**"]),
  );
  const matchingTable = table(
    [
      "radius",
      "errors",
      "requests/match (mean / max)",
      "items read",
      "KB read / RCU",
      "items returned",
      "read ampl.",
      "outside circle / filtered",
      "p50 ms",
      "p95 ms",
      "Scan p50 ms",
      "speed-up p50",
      "same results",
    ],
    m.radii.map((r) => [
      `${r.radiusKm} km`,
      r.errors,
      `${r.requestsPerMatch.mean} / ${r.requestsPerMatch.max}`,
      r.itemsRead.mean,
      `${r.kbReadPerMatch.mean} / ${r.readUnitsPerMatch.mean}`,
      r.itemsReturned.mean,
      r.readAmplification.toFixed(2),
      `${Math.round(r.readOutsideCircleShare * 100)} % / ${Math.round(r.readFilteredShare * 100)} %`,
      r.latencyMs.p50,
      r.latencyMs.p95,
      r.baseline.latencyMs.p50,
      `${r.speedupP50}×`,
      `${r.check.compared - r.check.mismatches} / ${r.check.compared}`,
    ]),
  );
  const coldTable = table(
    [
      "function",
      "bundle KB",
      "import ms (median)",
      "× bare",
      "import CPU ms",
      "CPU × bare",
      "largest code beyond the bare handler",
    ],
    [...c.functions, c.bare].map((f) => [
      f.name,
      f.bundleKb,
      f.importMs,
      `${f.ratioToBare}×`,
      f.importCpuMs,
      `${f.cpuRatioToBare}×`,
      f.beyondBare
        .slice(0, 3)
        .map((m) => `${m.module} ${m.kb} KB`)
        .join(", "),
    ]),
  );
  const throughputTable = table(
    [
      "route",
      "req/s",
      "p50 ms",
      "p99 ms",
      "errors",
      "timeouts",
      "non-2xx",
      "requests",
      "replayed matches/s (DynamoDB Local alone)",
      "server share",
    ],
    [
      [
        t.route,
        t.requestsPerSecond,
        t.latencyMs.p50,
        t.latencyMs.p99,
        t.errors,
        t.timeouts,
        t.non2xx,
        t.totalRequests,
        `${t.direct.matchesPerSecond} (${t.direct.requestsPerMatch} requests each: ${t.direct.stages.join(" → ")})`,
        t.shareOfDatabase,
      ],
    ],
  );
  const d = m.dataset;
  const notes = targets.filter((row) => row.note).map((row) => `- **${row.target}** — ${row.note}`);
  return [
    header,
    "",
    targetTable,
    "",
    `**Matching at scale** — ${d.listings.toLocaleString("en")} published listings (${d.offers.toLocaleString("en")} offers, ${d.onlineOffers.toLocaleString("en")} online; ${d.places.toLocaleString("en")} places, ${d.fullPlaces.toLocaleString("en")} full), ${d.matchEntries.toLocaleString("en")} match entries, ${m.candidates} candidates × ${m.radiiKm.length} radii. ` +
      `Requests counted by SDK middleware: ${m.indexed.requestsCountedByMiddleware.toLocaleString("en")} (findMatches reported ${m.indexed.requestsReportedByService.toLocaleString("en")}); items scanned ${m.indexed.itemsScannedCountedByMiddleware.toLocaleString("en")} (reported ${m.indexed.itemsReadReportedByService.toLocaleString("en")}). ` +
      `Items read recounted from a full Scan: ${m.radii.reduce((n, r) => n + r.check.readCountMismatches, 0)} matches differ. ` +
      `Scan baseline: ${m.baseline.sampledCandidates} timed Scan-based matches per radius (one Scan each, ${m.baseline.setup.segments} segments), ` +
      `${m.baseline.mismatches} mismatches over all ${m.radii.reduce((n, r) => n + r.check.compared, 0)} matches.`,
    "",
    matchingTable,
    "",
    `**Cold start** — Node ${c.node}, median of ${c.runs} fresh processes each.`,
    "",
    coldTable,
    "",
    `**Local server throughput** — autocannon, ${t.connections} connections, ${t.durationSeconds} s after ${t.warmupRequests} warm-up requests, demo data; then the match's own DynamoDB requests replayed raw with the same concurrency (\`bench/direct-matches.ts\`).`,
    "",
    throughputTable,
    ...(notes.length ? ["", "**Missed targets**", "", ...notes] : ["", "All targets met."]),
  ].join("\n");
}

/** Replaces the block between the markers in bench/README.md with the latest table. */
export async function updateReadme(path: string, block: string): Promise<void> {
  const text = await readFile(path, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} lacks the ${START} … ${END} markers`);
  await writeFormatted(path, `${text.slice(0, start + START.length)}\n\n${block}\n\n${text.slice(end)}`);
}
