import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { findMatches } from "../shared/app/find-matches.ts";
import { planContext } from "../shared/app/plan-context.ts";
import { createTableInput } from "../shared/db/table-definition.ts";
import type { Listing } from "../shared/domain/listing.ts";
import { proposePlan } from "../shared/domain/qualification-plan.ts";
import { resolvePostalCode } from "../shared/reference/postal-codes.ts";
import { type Deps, documentClient } from "../shared/runtime.ts";
import type { Candidate } from "../shared/schemas/candidate.ts";
import type { QualificationOffer } from "../shared/schemas/qualification-offer.ts";
import { drawCandidates } from "./candidates.ts";
import { listingFactory } from "./listings.ts";
import { BENCH_NOW, SEEDS } from "./matching-at-scale.ts";
import { population } from "./population.ts";
import { intBetween, mulberry32, pick, type Random } from "./prng.ts";
import { measured, withCounter } from "./request-counter.ts";
import { seedListings } from "./seed.ts";
import { round, summary } from "./stats.ts";

/**
 * The qualification plan at 50 km (issue 28): what GET /candidates/{id}/plan reads (planContext:
 * the match's Queries, then ONE BatchGet of the offers it may use and the nearest places) against
 * the match of the same candidate (findMatches). The catalogue is the matching bench's (same
 * seed, same listings), with modules added to 40 % of the offers from a second PRNG; candidates
 * are the matching bench's, each with a Bescheid naming four differences from the same topics.
 */
const TOPICS = [
  "Pharmakologie",
  "Pflegeprozess",
  "Hygiene",
  "Berufsrecht",
  "Dokumentation",
  "Anatomie",
  "Notfallmanagement",
  "Qualitätssicherung",
  "Arbeitsschutz",
  "Kommunikation",
  "Fachsprache",
  "Projektmanagement",
  "Normen und Vorschriften",
  "Digitalisierung",
  "Betriebswirtschaft",
  "Ethik",
];
const KINDS = ["theory", "practice", "language"] as const;
const RADIUS_KM = 50;
const WARMUP = 5;

function withModules(random: Random, offer: QualificationOffer): QualificationOffer {
  if (random() >= 0.4) return offer;
  const modules = Array.from({ length: intBetween(random, 2, 6) }, (_, i) => ({
    id: `m${i + 1}`,
    title: `Modul ${i + 1}`,
    topics: [...new Set([pick(random, TOPICS), pick(random, TOPICS)])],
    hours: intBetween(random, 2, 16) * 10,
    kind: pick(random, KINDS),
    ...(random() < 0.6 ? { startDates: [`2026-0${intBetween(random, 4, 9)}-01`] } : {}),
  }));
  return { ...offer, modules };
}

function planCandidate(random: Random, c: ReturnType<typeof drawCandidates>[number], i: number): Candidate {
  const location = resolvePostalCode(c.postalCode);
  if (!location) throw new Error(`postal code ${c.postalCode}`);
  const topics = new Set<string>();
  while (topics.size < 4) topics.add(pick(random, TOPICS));
  const differences = [...topics].map((topic, k) => ({
    topic,
    hours: intBetween(random, 4, 40) * 10,
    kind: KINDS[k % 3] ?? "theory",
  }));
  const compensation = random() < 0.5;
  return {
    id: `bench-${i}`,
    org: "bench",
    reference: `BENCH-${i}`,
    occupation: c.profile.occupation,
    location,
    radiusKm: RADIUS_KM,
    languages: c.profile.languages,
    ...(c.profile.germanLevel ? { germanLevel: c.profile.germanLevel } : {}),
    recognition: {
      status: "partial",
      trainedIn: "third-country",
      decision: {
        date: "2026-01-15",
        kind: compensation ? "compensation-required" : "partial-equivalence",
        ...(compensation ? { measure: pick(random, ["knowledge-exam", "adaptation-period"] as const) } : {}),
        differences,
      },
    },
    version: 1,
    createdAt: BENCH_NOW.toISOString(),
    updatedAt: BENCH_NOW.toISOString(),
    expiresAt: "2027-03-02T00:00:00.000Z",
  } as Candidate;
}

export async function runPlanBench(
  endpoint: string,
  settings: { listings: number; candidates: number },
  log: (m: string) => void,
) {
  const tableName = "passung-plan-bench";
  const bulk = documentClient(endpoint);
  await bulk.send(new CreateTableCommand(createTableInput(tableName, { stream: false })));
  const random = mulberry32(SEEDS.catalogue);
  const modules = mulberry32(2028);
  const factory = listingFactory(random, population(random), BENCH_NOW);
  const next = () => {
    const made = factory.next();
    const listing: Listing =
      made.kind === "offer" ? withModules(modules, made.listing as QualificationOffer) : made.listing;
    return { kind: made.kind, listing };
  };
  log(`seeding ${settings.listings.toLocaleString("en")} listings (40 % of the offers with modules)`);
  const seed = await seedListings(bulk, tableName, { next }, settings.listings, (done, s) =>
    log(`seeded ${done.toLocaleString("en")} (${Math.round(s)} s)`),
  );

  const db = documentClient(endpoint);
  const counter = withCounter(db);
  const deps: Deps = { db, tableName, clock: () => BENCH_NOW, newId: () => "x", candidateRetentionDays: 365 };
  const people = population(mulberry32(SEEDS.catalogue));
  const drawn = drawCandidates(mulberry32(SEEDS.candidates), people, settings.candidates + WARMUP);
  const cases = mulberry32(7);
  const runs = [];
  for (const [i, c] of drawn.entries()) {
    const candidate = planCandidate(cases, c, i);
    const plan = await measured(counter, async () => proposePlan((await planContext(deps, candidate)).input));
    const match = await measured(counter, () =>
      findMatches(deps, { ...c.profile, radiusKm: RADIUS_KM }, { kinds: ["offer", "place"], limit: 20 }),
    );
    if (i >= WARMUP)
      runs.push({ plan, match, steps: plan.value.steps.length, coverage: plan.value.coverage });
  }
  const scans = counter.byCommand.ScanCommand ?? 0;
  return {
    radiusKm: RADIUS_KM,
    listings: seed.listings,
    offers: seed.offers,
    candidates: runs.length,
    scans,
    byCommand: counter.byCommand,
    plan: {
      requests: summary(
        runs.map((r) => r.plan.requests),
        0,
      ),
      kb: summary(runs.map((r) => r.plan.bytes / 1024)),
      ms: summary(runs.map((r) => r.plan.ms)),
    },
    match: {
      requests: summary(
        runs.map((r) => r.match.requests),
        0,
      ),
      kb: summary(runs.map((r) => r.match.bytes / 1024)),
    },
    /** Plans that read more requests than the match of the same candidate plus one BatchGet. */
    overBudget: runs.filter((r) => r.plan.requests > r.match.requests + 1).length,
    steps: summary(runs.map((r) => r.steps)),
    coverage: round(runs.reduce((a, r) => a + r.coverage, 0) / Math.max(1, runs.length), 2),
  };
}

export type PlanBench = Awaited<ReturnType<typeof runPlanBench>>;

export const planMarkdown = (r: PlanBench) =>
  `**Qualification plan at ${r.radiusKm} km** (${r.candidates} candidates, ${r.listings.toLocaleString("en")} listings, 40 % of the offers with modules; \`npm run bench:plan\`) — requests per plan: median ${r.plan.requests.p50}, p95 ${r.plan.requests.p95} (the match of the same candidate: ${r.match.requests.p50}, p95 ${r.match.requests.p95}); KB read per plan: median ${r.plan.kb.p50}, p95 ${r.plan.kb.p95} (match: ${r.match.kb.p50}, p95 ${r.match.kb.p95}); plans over the match + one BatchGet: ${r.overBudget}; Scans: ${r.scans}; ${r.plan.ms.p50} ms median on DynamoDB Local; ${r.steps.p50} steps, mean coverage ${r.coverage}.`;
