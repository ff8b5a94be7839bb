import { distanceKm } from "./geo.ts";
import { germanFit, teachesNothing } from "./german-fit.ts";
import { bestOccupationMatch, kldbGroup, kldbSubgroup, requirementLevel } from "./kldb.ts";
import { languageName } from "./language-names.ts";
import { availabilityReason } from "./match-availability.ts";
import type { CandidateProfile, Match, MatchEntry, Reason } from "./match-model.ts";
import { recognitionReasons } from "./recognition.ts";
import { crossesProfessions, type ProfessionOf, regulatedReason } from "./regulation.ts";
import { STATE_NAMES } from "../schemas/states.ts";

const WEIGHT = { occupation: 0.5, distance: 0.3, language: 0.1, german: 0.1 };
const OCCUPATION_SCORE = { exact: 1, sameSubgroup: 0.7, sameGroup: 0.4 };
/** Online offers are reachable from anywhere, but rank like a course at 40 % of the radius. */
const ONLINE_PROXIMITY = 0.6;
/** How far `beyond` looks for the nearest item when the radius holds none (the largest radius). */
export const BEYOND_KM = 300;

/**
 * Ranking tiers before the score: a match below the candidate's Anforderungsniveau ranks under
 * every match at or above it (nobody is steered below their qualification); an adaptation offer
 * for a candidate whose recognition is already full ranks under everything else.
 */
export const TIER = { fit: 0, belowLevel: 1, recognised: 2 } as const;

export interface Assessment {
  match: Match;
  tier: number;
  /** Matches in every respect but these: candidates for `beyond`, never for the lists. */
  beyondRadius: boolean;
  otherState: boolean;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const stateName = (code: string) => STATE_NAMES[code as keyof typeof STATE_NAMES] ?? code;

/** Everything that decides whether and how well one item suits the candidate; undefined: not at all. */
export function assess(
  profile: CandidateProfile,
  entry: MatchEntry,
  from: string,
  professionOf: ProfessionOf,
): Assessment | undefined {
  const codes = entry.occupations.filter((c) => !crossesProfessions(profile.occupation, c, professionOf));
  const occupation = bestOccupationMatch(profile.occupation, codes);
  if (!occupation) return undefined;
  const { code } = occupation;
  const reasons: Reason[] = [occupationReason(profile.occupation, occupation)];
  const belowLevel = code.charAt(4) < profile.occupation.charAt(4);
  if (belowLevel) {
    reasons.push({
      code: "occupation.belowLevel",
      text: `Unter dem Niveau des Referenzberufs: ${requirementLevel(code)} statt ${requirementLevel(profile.occupation)}`,
    });
  }
  const profession = professionOf(code);
  if (profession) reasons.push(regulatedReason(profession));

  const distance = entry.point ? round(distanceKm(profile.point, entry.point), 1) : null;
  let proximity = ONLINE_PROXIMITY;
  let beyondRadius = false;
  const where = entry.placeName ? ` (${entry.placeName})` : "";
  if (entry.online) {
    reasons.push({ code: "format.online", text: "Online-Angebot – ortsunabhängig erreichbar" });
  } else if (distance === null || distance > BEYOND_KM) {
    return undefined;
  } else if (distance > profile.radiusKm) {
    beyondRadius = true;
    proximity = 0;
    reasons.push({
      code: "distance.beyondRadius",
      text: `${distance.toLocaleString("de-DE")} km entfernt${where} – außerhalb des Umkreises von ${profile.radiusKm} km`,
    });
  } else {
    proximity = 1 - distance / profile.radiusKm;
    reasons.push({ code: "distance", text: `${distance.toLocaleString("de-DE")} km entfernt${where}` });
  }

  const otherState = Boolean(
    entry.validIn?.length && profile.state && !entry.validIn.includes(profile.state),
  );
  if (otherState) {
    reasons.push({
      code: "region.otherState",
      text: `Führt nur in ${entry.validIn?.map(stateName).join(", ")} zur Anerkennung, nicht in ${stateName(profile.state ?? "")}`,
    });
  }

  const availability = availabilityReason(entry, from);
  if (availability === undefined) return undefined;
  if (availability) reasons.push(availability);

  if (teachesNothing(profile.germanLevel, entry.targetGermanLevel)) return undefined;
  const german = germanFit(profile.germanLevel, entry.germanLevel);
  if (german === undefined) return undefined;
  if (german.reason) reasons.push(german.reason);

  const shared = profile.languages.filter((l) => entry.languages.includes(l));
  if (shared.length) {
    reasons.push({
      code: "language.shared",
      text: `Gemeinsame Sprache: ${shared.map(languageName).join(", ")}`,
    });
  }
  const recognition = recognitionReasons(profile.recognitionStatus, entry, profession);
  reasons.push(...recognition);

  const score =
    WEIGHT.occupation * OCCUPATION_SCORE[occupation.grade] +
    WEIGHT.distance * proximity +
    WEIGHT.language * (shared.length ? 1 : 0) +
    WEIGHT.german * german.factor;
  const recognised = recognition.some((r) => r.code === "recognition.full");
  return {
    match: { item: entry.item, score: round(score, 3), distanceKm: distance, reasons },
    tier: recognised ? TIER.recognised : belowLevel ? TIER.belowLevel : TIER.fit,
    beyondRadius,
    otherState,
  };
}

function occupationReason(
  candidate: string,
  occupation: NonNullable<ReturnType<typeof bestOccupationMatch>>,
): Reason {
  const { code } = occupation;
  if (occupation.grade === "exact") {
    return { code: "occupation.exact", text: `Gleiche Berufsgattung (KldB ${code})` };
  }
  if (occupation.grade === "sameSubgroup") {
    return {
      code: "occupation.sameSubgroup",
      text: `Gleiche Berufsuntergruppe (KldB ${kldbSubgroup(code)}), anderes Anforderungsniveau: ${requirementLevel(code)} statt ${requirementLevel(candidate)}`,
    };
  }
  return {
    code: "occupation.related",
    text: `Verwandter Beruf in derselben Berufsgruppe (KldB ${kldbGroup(code)})`,
  };
}
