import { PLAN_BATCH_KEYS, readPlanItems } from "../db/plan-items.ts";
import { readMatchEntries } from "../db/match-index.ts";
import type { GermanLevel } from "../domain/german-level.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { type CandidateProfile, type Match, rankMatches } from "../domain/matching.ts";
import type { PlanInput, PlanOffer, PlanPlace } from "../domain/plan-model.ts";
import { regulatedProfession } from "../reference/regulated-professions.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import { candidateProfile } from "./candidate-profile.ts";
import { bodyFacts } from "./plan-facts.ts";

/** Places a proposal looks at: the nearest few (it takes one for the practice differences). */
export const PLAN_PLACES = 5;
/** Online offers compare like one at 40 % of the radius, as in the match's ranking. */
const ONLINE_SHARE = 0.4;

export interface PlanContext {
  input: PlanInput;
  offers: Map<string, QualificationOffer>;
  places: Map<string, MentoringPlace>;
  /** Organisation names of the places read. */
  names: Map<string, string>;
  /** Everything that matches now, read or not: a saved step's `available`. */
  matched: { offers: Set<string>; places: Set<string> };
  requiredGermanLevel?: GermanLevel;
  stats: { requests: number; itemsRead: number };
}

const idOf = (m: Match) => String(m.item.id);
const orgOf = (m: Match) => String(m.item.org ?? "");

/**
 * What a plan is made from: the same read and ranking as POST /matches (radius, Land, level,
 * regulated professions, German level), then ONE BatchGet of the offers it may use (their modules)
 * and the nearest places. `wanted` (a save) reads just the steps' items.
 */
export async function planContext(
  deps: Deps,
  candidate: Candidate,
  wanted?: { offers: string[]; places: string[] },
): Promise<PlanContext> {
  const profile: CandidateProfile = {
    ...candidateProfile(candidate),
    ...(candidate.location.state.code ? { state: candidate.location.state.code } : {}),
    ...(candidate.recognition ? { recognitionStatus: candidate.recognition.status } : {}),
  };
  const read = await readMatchEntries(deps, {
    group: kldbGroup(profile.occupation),
    center: profile.point,
    radiusKm: profile.radiusKm,
    kinds: ["offer", "place"],
  });
  const today = deps.clock().toISOString().slice(0, 10);
  const rank = (kind: "offer" | "place") =>
    rankMatches(
      profile,
      read.entries.filter((e) => e.kind === kind),
      today,
      regulatedProfession,
    );
  const [offers, places] = [rank("offer"), rank("place")];
  const nearest = [...places].sort(
    (a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || (idOf(a) < idOf(b) ? -1 : 1),
  );
  const placeAsk = wanted
    ? places.filter((m) => wanted.places.includes(idOf(m)))
    : nearest.slice(0, PLAN_PLACES);
  const orgs = [...new Set(placeAsk.map(orgOf))];
  const offerAsk = wanted
    ? offers.filter((m) => wanted.offers.includes(idOf(m)))
    : offers.slice(0, PLAN_BATCH_KEYS - placeAsk.length - orgs.length);
  const items = await readPlanItems(deps, {
    offers: offerAsk.map(idOf),
    places: placeAsk.map(idOf),
    orgs,
  });
  const facts = bodyFacts(candidate);
  const decision = candidate.recognition?.decision;
  const from = candidate.availableFrom && candidate.availableFrom > today ? candidate.availableFrom : today;
  const input: PlanInput = {
    case: {
      differences: decision?.differences ?? [],
      ...(decision ? { decisionKind: decision.kind } : {}),
      ...((decision?.measure ?? facts.measure) ? { measure: decision?.measure ?? facts.measure } : {}),
      ...(candidate.germanLevel ? { germanLevel: candidate.germanLevel } : {}),
      ...(facts.level ? { requiredGermanLevel: facts.level } : {}),
    },
    offers: offerAsk.flatMap((m) => {
      const o = items.offers.get(idOf(m)) as QualificationOffer | undefined;
      return o ? [planOffer(o, m)] : [];
    }),
    places: placeAsk.flatMap((m) => {
      const p = items.places.get(idOf(m)) as MentoringPlace | undefined;
      return p ? [planPlace(p, m)] : [];
    }),
    from,
    onlineKm: profile.radiusKm * ONLINE_SHARE,
  };
  return {
    input,
    offers: items.offers as Map<string, QualificationOffer>,
    places: items.places as Map<string, MentoringPlace>,
    names: items.names,
    matched: { offers: new Set(offers.map(idOf)), places: new Set(places.map(idOf)) },
    ...(facts.level ? { requiredGermanLevel: facts.level } : {}),
    stats: { requests: read.requests + items.requests, itemsRead: read.itemsRead },
  };
}

const planOffer = (o: QualificationOffer, m: Match): PlanOffer => ({
  id: o.id,
  org: o.org,
  offerKind: o.kind,
  distanceKm: m.distanceKm,
  ...(o.start ? { start: o.start } : {}),
  ...(o.end ? { end: o.end } : {}),
  rolling: o.rolling,
  fullTime: o.fullTime,
  ...(o.durationWeeks ? { durationWeeks: o.durationWeeks } : {}),
  ...(o.targetGermanLevel ? { targetGermanLevel: o.targetGermanLevel } : {}),
  modules: (o.modules ?? []).map((mod) => ({
    id: mod.id,
    topics: mod.topics,
    hours: mod.hours,
    kind: mod.kind,
    ...(mod.startDates ? { startDates: mod.startDates } : {}),
  })),
});

const planPlace = (p: MentoringPlace, m: Match): PlanPlace => ({
  id: p.id,
  distanceKm: m.distanceKm ?? 0,
  availableFrom: p.availableFrom,
});
