import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { candidatesForItem } from "../shared/app/new-match-alerts.ts";
import { alertActions } from "../shared/db/alert-index.ts";
import { createTableInput } from "../shared/db/table-definition.ts";
import { byCoach } from "../shared/domain/alerts.ts";
import { distanceKm } from "../shared/domain/geo.ts";
import { isMatchable } from "../shared/domain/listing.ts";
import { resolvePostalCode } from "../shared/reference/postal-codes.ts";
import { type Deps, documentClient } from "../shared/runtime.ts";
import type { Candidate } from "../shared/schemas/candidate.ts";
import { drawCandidates } from "./candidates.ts";
import { listingFactory } from "./listings.ts";
import { BENCH_NOW } from "./matching-at-scale.ts";
import { population } from "./population.ts";
import { intBetween, mulberry32, weighted } from "./prng.ts";
import { measured, withCounter } from "./request-counter.ts";
import { round, summary } from "./stats.ts";

/**
 * Alerts for saved candidates: 10,000 candidates with `alerts` (drawn like the population: home
 * and occupation as bench/population.ts, radius mostly the default 50 km) get their alert entries
 * as the candidate write builds them (alertActions); then 200 items drawn like the catalogue are
 * "published" one after another and the reaction's reverse lookup (candidatesForItem) runs for
 * each, its DynamoDB requests and items read counted by the SDK middleware.
 */
export const ALERT_SETTINGS = { candidates: 10_000, items: 200, coaches: 400, orgs: 40 };
const SEEDS = { candidates: 1616, items: 2027 };
const radius = weighted([
  [10, 5],
  [25, 15],
  [50, 50],
  [100, 20],
  [300, 10],
] as const);

export async function runAlerts(endpoint: string, log: (m: string) => void) {
  const tableName = "passung-bench-alerts";
  const db = documentClient(endpoint);
  await db.send(new CreateTableCommand(createTableInput(tableName, { stream: false })));
  const deps: Deps = {
    db,
    tableName,
    clock: () => BENCH_NOW,
    newId: () => "unused",
    candidateRetentionDays: 365,
  };

  const random = mulberry32(SEEDS.candidates);
  const people = population(random);
  const drawn = drawCandidates(random, people, ALERT_SETTINGS.candidates);
  const expiresAt = new Date(BENCH_NOW.getTime() + 365 * 86_400_000).toISOString();
  const saved = drawn.map((c, i): Candidate & { coach: string } => {
    const location = resolvePostalCode(c.postalCode);
    if (!location) throw new Error(`postal code ${c.postalCode} missing`);
    const coach = intBetween(random, 1, ALERT_SETTINGS.coaches);
    return {
      id: `C${String(i).padStart(6, "0")}`,
      org: `coaching-${coach % ALERT_SETTINGS.orgs}`,
      coach: `coach-${coach}`,
      reference: `BENCH-${i}`,
      occupation: c.profile.occupation,
      location,
      radiusKm: radius(random),
      languages: c.profile.languages,
      ...(c.profile.germanLevel ? { germanLevel: c.profile.germanLevel } : {}),
      alerts: true,
      version: 1,
      createdAt: BENCH_NOW.toISOString(),
      updatedAt: BENCH_NOW.toISOString(),
      expiresAt,
    };
  });
  const entries = saved.flatMap((c) =>
    alertActions(tableName, undefined, c, c.coach).flatMap((a) => (a.Put?.Item ? [a.Put.Item] : [])),
  );
  log(`alerts: seeding ${entries.length.toLocaleString("en")} alert entries`);
  await seedItems(db, tableName, entries);

  const counter = withCounter(db);
  const factory = listingFactory(mulberry32(SEEDS.items), people, BENCH_NOW);
  const runs: Array<{
    online: boolean;
    requests: number;
    scanned: number;
    fits: number;
    notices: number;
    within300: number;
  }> = [];
  while (runs.length < ALERT_SETTINGS.items) {
    const { kind, listing } = factory.next();
    if (!isMatchable(kind, listing)) continue;
    const run = await measured(counter, () => candidatesForItem(deps, kind, listing));
    const groups = new Set(listing.occupations.map((code) => code.slice(0, 3)));
    const point = listing.location;
    // What one read of the largest radius for everyone would have read (bands avoid most of it).
    const within300 = saved.filter(
      (c) => groups.has(c.occupation.slice(0, 3)) && (!point || distanceKm(point, c.location) <= 300),
    ).length;
    runs.push({
      online: !point,
      requests: run.requests,
      scanned: run.scanned,
      fits: run.value.fits.length,
      notices: byCoach(run.value.fits).length,
      within300,
    });
  }
  const located = runs.filter((r) => !r.online);
  const online = runs.filter((r) => r.online);
  const figures = (list: typeof runs) => ({
    items: list.length,
    requests: summary(list.map((r) => r.requests)),
    itemsRead: summary(list.map((r) => r.scanned)),
    fittingCandidates: summary(list.map((r) => r.fits)),
    notices: summary(list.map((r) => r.notices)),
    candidatesWithin300Km: summary(list.map((r) => r.within300)),
  });
  return {
    settings: { ...ALERT_SETTINGS, seeds: SEEDS, radiusShares: { 10: 5, 25: 15, 50: 50, 100: 20, 300: 10 } },
    alertEntries: entries.length,
    all: figures(runs),
    located: figures(located),
    online: online.length ? figures(online) : undefined,
    commands: counter.byCommand,
    readShareOfCandidates: round(runs.reduce((n, r) => n + r.scanned, 0) / runs.length / entries.length, 4),
  };
}

/** BatchWrites of 25, 4 in flight, unprocessed items sent again. */
async function seedItems(db: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

export type AlertsResult = Awaited<ReturnType<typeof runAlerts>>;

export function alertsMarkdown(a: AlertsResult): string {
  const row = (name: string, f: AlertsResult["all"] | undefined) =>
    f
      ? `| ${name} | ${f.items} | ${f.requests.mean} / ${f.requests.max} | ${f.itemsRead.mean} / ${f.itemsRead.p95} / ${f.itemsRead.max} | ${f.candidatesWithin300Km.mean} | ${f.fittingCandidates.mean} / ${f.fittingCandidates.max} | ${f.notices.mean} |`
      : "";
  return [
    `**Alerts for saved candidates** — ${a.alertEntries.toLocaleString("en")} saved candidates with alerts (population's homes and occupations; radius 10/25/50/100/300 km at 5/15/50/20/10 %), ${a.settings.coaches} coaches; the reverse lookup (\`candidatesForItem\`) per published item, requests counted by SDK middleware (${Object.entries(
      a.commands,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}).`,
    "",
    "| published items | n | requests (mean / max) | items read (mean / p95 / max) | same group ≤ 300 km (one wide read) | fitting candidates (mean / max) | notices (coaches) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    row("all", a.all),
    row("with a location", a.located),
    row("online offers (whole group)", a.online),
  ]
    .filter(Boolean)
    .join("\n");
}
