import { type CellRange, coverCircle } from "./geo-cover.ts";
import type { Point } from "./geo.ts";
import type { GermanLevel } from "./german-level.ts";
import { type MatchEntry, rankMatches } from "./matching.ts";
import type { ProfessionOf } from "./regulation.ts";
import { MAX_RADIUS_KM } from "../schemas/match.ts";

/**
 * Alerts for saved candidates: the reverse of a match. A candidate with `alerts` has one entry in
 * the alert index of its Berufsgruppe (the only group matching reads), at its home cell, in the
 * band of its radius. A newly published item reads, per band, the candidates within the band's
 * largest radius around it — a 300 km read only for the few with a radius above 100 km — and
 * checks each with the ranking's own rules.
 */
export interface AlertBand {
  /** Candidates with a radius up to this (and above the band before). */
  maxKm: number;
  /** The cover's geohash precision and range budget (geo-cover.ts). */
  precision: number;
  maxRanges: number;
}

/**
 * At most 14 Queries per Berufsgruppe of the item. Measured (bench/alerts.ts, 10,000 candidates
 * spread like the population, 191 items with a location): 15.4 Queries and 67.5 items read per
 * item, for 34.6 fitting candidates; 3/3/4 ranges would take 11.0 and 85.2, one 300 km read for
 * everyone about 8 and 260. A publish is rare and off the request path, so items count more.
 */
export const ALERT_BANDS: readonly AlertBand[] = [
  { maxKm: 50, precision: 5, maxRanges: 4 },
  { maxKm: 100, precision: 4, maxRanges: 4 },
  { maxKm: MAX_RADIUS_KM, precision: 4, maxRanges: 6 },
];

/** The band a radius falls in (no radius exceeds the schemas' MAX_RADIUS_KM). */
export const alertBand = (radiusKm: number): number =>
  ALERT_BANDS.find((band) => radiusKm <= band.maxKm)?.maxKm ?? MAX_RADIUS_KM;

/** The key ranges a new item at `point` reads: per band, the cells within its largest radius. */
export function alertCover(point: Point): Array<{ bandKm: number; ranges: CellRange[] }> {
  return ALERT_BANDS.map((band) => ({
    bandKm: band.maxKm,
    ranges: coverCircle(point, band.maxKm, band.maxRanges, band.precision).ranges,
  }));
}

/** What the alert index holds of a candidate: what deciding a match needs, and whom to tell. */
export interface AlertEntry {
  candidateId: string;
  org: string;
  /** The coach who saved the candidate with alerts; absent (an admin saved it): the org's coaches. */
  coach?: string;
  occupation: string;
  point: Point;
  radiusKm: number;
  germanLevel?: GermanLevel;
  availableFrom?: string;
  /** Bundesland code of the candidate's home: an offer valid only elsewhere is no match. */
  state?: string;
  /** The candidate's retention: an expired candidate gets no alert (DynamoDB Local has no TTL). */
  expiresAt: string;
  /**
   * When the candidate's alert criteria were last set (saved with alerts, alerts switched on, a
   * criterion changed). Absent on entries written before it existed: every item counts.
   */
  since?: string;
}

/** What decides which items fit the candidate: changing any of it starts its alerts afresh. */
const CRITERIA = ["occupation", "radiusKm", "germanLevel", "availableFrom", "state"] as const;

export function sameCriteria(a: AlertEntry, b: AlertEntry): boolean {
  return (
    CRITERIA.every((field) => a[field] === b[field]) &&
    a.point.lat === b.point.lat &&
    a.point.lon === b.point.lon
  );
}

/**
 * Is an item that became matchable at `at` (its write's updatedAt) new to the candidate? One
 * published before the criteria were set was already in the coach's search when they saved it.
 */
export const isNewTo = (alert: AlertEntry, at: string | undefined): boolean =>
  alert.since === undefined || at === undefined || at >= alert.since;

/** Would the item appear in the candidate's match (offers or places list)? The ranking decides. */
export function alertFits(
  alert: AlertEntry,
  item: MatchEntry,
  today: string,
  professionOf: ProfessionOf,
): boolean {
  const profile = {
    occupation: alert.occupation,
    point: alert.point,
    radiusKm: alert.radiusKm,
    languages: [],
    ...(alert.germanLevel ? { germanLevel: alert.germanLevel } : {}),
    ...(alert.availableFrom ? { availableFrom: alert.availableFrom } : {}),
    ...(alert.state ? { state: alert.state } : {}),
  };
  return rankMatches(profile, [item], today, professionOf).length > 0;
}

/** One notice per coach and item: the fitting candidates grouped by who is told (org for the org's coaches). */
export function byCoach(
  fits: readonly AlertEntry[],
): Array<{ org: string; coach?: string; candidateIds: string[] }> {
  const groups = new Map<string, { org: string; coach?: string; candidateIds: string[] }>();
  for (const fit of fits) {
    const key = `${fit.org}\u0000${fit.coach ?? ""}`;
    const group = groups.get(key) ?? {
      org: fit.org,
      ...(fit.coach ? { coach: fit.coach } : {}),
      candidateIds: [],
    };
    group.candidateIds.push(fit.candidateId);
    groups.set(key, group);
  }
  return [...groups.values()];
}
