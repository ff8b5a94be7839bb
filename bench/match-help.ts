import { searchMatches } from "../shared/app/match-search.ts";
import type { Principal } from "../shared/domain/principal.ts";
import { resolveRequiredLocation } from "../shared/reference/resolve.ts";
import { type Deps, documentClient } from "../shared/runtime.ts";
import { matchRequest } from "../shared/schemas/match.ts";
import { drawCandidates } from "./candidates.ts";
import { BENCH_NOW, SEEDS } from "./matching-at-scale.ts";
import { population } from "./population.ts";
import { mulberry32 } from "./prng.ts";
import { measured, type RequestCounter, withCounter } from "./request-counter.ts";
import { round, sum, summary, type Summary } from "./stats.ts";

/**
 * Requests of a whole `POST /matches` at 50 km — what functions/matches/routes.ts runs after
 * parsing: the match reads, the help for an empty list (beyond + suggestions), the BatchGet of the
 * shown page (items and organisation names) and the one search counter (UpdateItem) — counted per command by
 * the same SDK middleware as the matching bench. On the demo data (seeded by the throughput run):
 * the dead end (Elektroniker 26302 in Leipzig) and a search with results; on the bench
 * population: every bench candidate at 50 km.
 */
const COACH: Principal = { sub: "bench", roles: ["coach"], org: "bench" };
export const DEMO_CASES = {
  "Elektroniker 26302, Leipzig (nothing within 50 km)": {
    occupation: "26302",
    location: { postalCode: "04109" },
  },
  "Pflegefachfrau 81302, Gütersloh (throughput body)": {
    occupation: "81302",
    location: { postalCode: "33330" },
    germanLevel: "B1",
    languages: ["ar"],
  },
};

interface RouteRun {
  requests: number;
  /** Query + BatchGetItem: what the ≤ 12 budget counts (as test/integration/matches-trust.test.ts). */
  reads: number;
  /** The search counter (one UpdateItem). */
  writes: number;
  byCommand: Record<string, number>;
  itemsRead: number;
  /** Ranked results before the limit (stats.candidates), as the matching bench's amplification uses. */
  returned: number;
  results: number;
  helped: boolean;
  beyond: number;
  suggestions: number;
}

const isWrite = (name: string) => /^(Put|Update|Delete)Item$|^(BatchWrite|TransactWrite)/.test(name);

/** One POST /matches body through the route's code path (no HTTP, no idempotency key). */
async function routeMatch(deps: Deps, counter: RequestCounter, body: unknown): Promise<RouteRun> {
  const input = matchRequest.parse(body);
  const location = resolveRequiredLocation(input);
  const commandsBefore = { ...counter.byCommand };
  const run = await measured(counter, async () => {
    const { stats, ...result } = await searchMatches(
      deps,
      { warn: (message) => process.stderr.write(`[bench match-help] ${message}\n`) },
      {
        principal: COACH,
        profile: { ...input, location, point: { lat: location.lat, lon: location.lon } },
        kinds: input.include.map((i) => (i === "offers" ? "offer" : "place")),
        limit: input.limit,
      },
    );
    return { stats, named: result };
  });
  const byCommand = Object.fromEntries(
    Object.entries(counter.byCommand)
      .map(([name, n]) => [name.replace(/Command$/, ""), n - (commandsBefore[name] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
  const { named } = run.value;
  const writes = Object.entries(byCommand)
    .filter(([name]) => isWrite(name))
    .reduce((n, [, count]) => n + count, 0);
  return {
    requests: run.requests,
    reads: run.requests - writes,
    writes,
    byCommand,
    itemsRead: run.scanned,
    returned: run.value.stats.candidates,
    results: named.offers.length + named.places.length,
    helped: named.beyond !== undefined,
    beyond: (named.beyond?.offers.length ?? 0) + (named.beyond?.places.length ?? 0),
    suggestions: named.suggestions?.length ?? 0,
  };
}

function counted(endpoint: string, tableName: string, now?: Date): { deps: Deps; counter: RequestCounter } {
  const db = documentClient(endpoint);
  const counter = withCounter(db);
  const clock = () => now ?? new Date();
  return { deps: { db, tableName, clock, newId: () => "unused", candidateRetentionDays: 365 }, counter };
}

export interface MatchHelpResult {
  radiusKm: 50;
  demo: Array<{ case: string } & RouteRun>;
  population: {
    table: string;
    matches: number;
    /** Matches where a list was empty and the help was read. */
    helped: number;
    requestsPerMatch: Summary;
    requestsPerHelpedMatch: Summary | null;
    reads: Summary;
    writes: Summary;
    /** Σ items read ÷ Σ returned: of the matches without help (the match index alone), and of all. */
    readAmplification: { withoutHelp: number; all: number };
  };
  maxRequests: number;
  /** The budget's figure: reads of one match (counter writes apart), worst case. */
  maxReads: number;
}

export async function runMatchHelp(
  endpoint: string,
  tables: { demo: string; population: string },
  candidates: number,
): Promise<MatchHelpResult> {
  const demo = counted(endpoint, tables.demo);
  const demoRuns: MatchHelpResult["demo"] = [];
  for (const [name, body] of Object.entries(DEMO_CASES))
    demoRuns.push({ case: name, ...(await routeMatch(demo.deps, demo.counter, body)) });

  // The matching bench's own candidates (same seeds, same clock) against its table.
  const bench = counted(endpoint, tables.population, BENCH_NOW);
  const people = population(mulberry32(SEEDS.catalogue));
  const runs: RouteRun[] = [];
  for (const c of drawCandidates(mulberry32(SEEDS.candidates), people, candidates)) {
    const { occupation, germanLevel, languages } = c.profile;
    const body = { occupation, location: { postalCode: c.postalCode }, germanLevel, languages };
    runs.push(await routeMatch(bench.deps, bench.counter, body));
  }
  const helped = runs.filter((r) => r.helped);
  return {
    radiusKm: 50,
    demo: demoRuns,
    population: {
      table: tables.population,
      matches: runs.length,
      helped: helped.length,
      requestsPerMatch: summary(runs.map((r) => r.requests)),
      requestsPerHelpedMatch: helped.length ? summary(helped.map((r) => r.requests)) : null,
      reads: summary(runs.map((r) => r.reads)),
      writes: summary(runs.map((r) => r.writes)),
      readAmplification: {
        withoutHelp: amplification(runs.filter((r) => !r.helped)),
        all: amplification(runs),
      },
    },
    maxRequests: Math.max(...[...demoRuns, ...runs].map((r) => r.requests)),
    maxReads: Math.max(...[...demoRuns, ...runs].map((r) => r.reads)),
  };
}

const amplification = (runs: RouteRun[]) =>
  round(sum(runs.map((r) => r.itemsRead)) / Math.max(1, sum(runs.map((r) => r.returned))), 2);

/** The lines for the README table. */
export function matchHelpMarkdown(result: MatchHelpResult): string {
  const commands = (r: RouteRun) =>
    Object.entries(r.byCommand)
      .map(([name, n]) => `${n} ${name}`)
      .join(" + ");
  const help = (r: RouteRun) => (r.helped ? `${r.beyond} beyond, ${r.suggestions} suggestions` : "–");
  const demo = result.demo.map(
    (r) => `| ${r.case} | ${r.reads} | ${r.writes} | ${commands(r)} | ${r.results} | ${help(r)} |`,
  );
  const p = result.population;
  const helped = p.requestsPerHelpedMatch
    ? `; the ${p.helped} with help for an empty list: requests mean ${p.requestsPerHelpedMatch.mean}, max ${p.requestsPerHelpedMatch.max}`
    : "; none needed the help for an empty list";
  return [
    `**Whole POST /matches at 50 km, help for an empty list included** (\`bench/match-help.ts\`) — reads (Query + BatchGetItem) max ${result.maxReads} (budget ≤ 12); with the search counter (1 UpdateItem) max ${result.maxRequests} requests.`,
    "",
    "| demo case | reads | writes | by command | results | help |",
    "| --------- | ----- | ------ | ---------- | ------- | ---- |",
    ...demo,
    "",
    `Bench population, ${p.matches} candidates at 50 km: reads mean ${p.reads.mean}, max ${p.reads.max}; writes max ${p.writes.max}${helped}. Read amplification (items read ÷ returned) ${p.readAmplification.withoutHelp} without the help, ${p.readAmplification.all} with it.`,
  ].join("\n");
}
