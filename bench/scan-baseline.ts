import { type DynamoDBDocumentClient, ScanCommand, type ScanCommandInput } from "@aws-sdk/lib-dynamodb";
import { kldbGroup } from "../shared/domain/kldb.ts";
import { type CandidateProfile, type MatchEntry, rankMatches } from "../shared/domain/matching.ts";
import { matchPartition } from "../shared/db/keys.ts";
import { regulatedProfession } from "../shared/reference/regulated-professions.ts";
import { type IndexEntry, rankable } from "../shared/db/match-index.ts";
import type { Candidate } from "./candidates.ts";
import { ids, MATCH_OPTIONS } from "./matching.ts";
import { measured, type RequestCounter } from "./request-counter.ts";

/**
 * The baseline a match index is meant to beat: Scan the whole table for the candidate's
 * Berufsgruppe, then rank exactly as findMatches does. Lives only here; request-path code never
 * Scans. The Scan gets the fastest setup measured on DynamoDB Local (16 parallel segments, 8 in
 * flight, pages of 1,000 items): DynamoDB Local re-reads a segment's remaining rows for every
 * unbounded page, so smaller pages and more segments make the baseline faster, never slower.
 */
export const SCAN_SETUP = { segments: 16, inFlight: 8, pageLimit: 1000 };

export interface StoredEntry {
  SK: string;
  entry: MatchEntry;
}

export async function scanEntries(
  db: DynamoDBDocumentClient,
  input: Omit<ScanCommandInput, "Segment" | "TotalSegments" | "ExclusiveStartKey">,
): Promise<Map<string, StoredEntry[]>> {
  const byPartition = new Map<string, StoredEntry[]>();
  let nextSegment = 0;
  async function worker() {
    for (let segment = nextSegment++; segment < SCAN_SETUP.segments; segment = nextSegment++) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new ScanCommand({
            ...input,
            Limit: SCAN_SETUP.pageLimit,
            Segment: segment,
            TotalSegments: SCAN_SETUP.segments,
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const list = byPartition.get(String(item.PK)) ?? [];
          list.push({ SK: String(item.SK), entry: rankable(item.entry as IndexEntry) });
          byPartition.set(String(item.PK), list);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }
  }
  await Promise.all(Array.from({ length: SCAN_SETUP.inFlight }, worker));
  return byPartition;
}

/** findMatches' ranking on entries that came from anywhere. */
export function rankLikeFindMatches(
  entries: readonly MatchEntry[],
  profile: CandidateProfile,
  today: string,
) {
  const rank = (kind: "offer" | "place") =>
    rankMatches(
      profile,
      entries.filter((e) => e.kind === kind),
      today,
      regulatedProfession,
    );
  const offers = rank("offer");
  const places = rank("place");
  return {
    offers: ids(offers.slice(0, MATCH_OPTIONS.limit)),
    places: ids(places.slice(0, MATCH_OPTIONS.limit)),
    returned: offers.length + places.length,
  };
}

export interface BaselineRun {
  candidate: number;
  radiusKm: number;
  /** The candidate's Scan (shared by its radii: a Scan does not depend on the radius) + ranking. */
  ms: number;
  scanMs: number;
  requests: number;
  scanned: number;
  offers: string[];
  places: string[];
  returned: number;
}

/** One Scan per sampled candidate, ranked at every radius. */
export async function runBaseline(
  db: DynamoDBDocumentClient,
  counter: RequestCounter,
  tableName: string,
  candidate: Candidate,
  index: number,
  radii: readonly number[],
  today: string,
): Promise<BaselineRun[]> {
  const pk = matchPartition(kldbGroup(candidate.profile.occupation));
  const scan = await measured(counter, () =>
    scanEntries(db, {
      TableName: tableName,
      FilterExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": pk },
    }),
  );
  const entries = (scan.value.get(pk) ?? []).map((stored) => stored.entry);
  return radii.map((radiusKm) => {
    const started = performance.now();
    const result = rankLikeFindMatches(entries, { ...candidate.profile, radiusKm }, today);
    const rankMs = performance.now() - started;
    return {
      candidate: index,
      radiusKm,
      ms: scan.ms + rankMs,
      scanMs: scan.ms,
      requests: scan.requests,
      scanned: scan.scanned,
      ...result,
    };
  });
}
