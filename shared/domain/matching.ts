import { distanceKm, type Point } from "./geo.ts";
import { type GermanLevel, levelsBelow } from "./german-level.ts";
import { bestOccupationMatch, kldbGroup, kldbSubgroup, requirementLevel } from "./kldb.ts";
import { languageName } from "./language-names.ts";

/** What the match index holds about a published item: enough to filter, rank and show it. */
export interface MatchEntry {
  kind: "place" | "offer";
  id: string;
  occupations: string[];
  /** Absent for online offers without a location. */
  point?: Point;
  placeName?: string;
  online: boolean;
  germanLevel?: GermanLevel;
  languages: string[];
  /** Places: availability window and seats. Offers: course dates. */
  availableFrom?: string;
  availableUntil?: string;
  capacity?: number;
  acceptedCount?: number;
  start?: string;
  end?: string;
  rolling?: boolean;
  item: Record<string, unknown>;
}

export interface CandidateProfile {
  occupation: string;
  point: Point;
  radiusKm: number;
  germanLevel?: GermanLevel;
  languages: string[];
  availableFrom?: string;
}

export interface Reason {
  code: string;
  text: string;
}

export interface Match {
  item: Record<string, unknown>;
  score: number;
  distanceKm: number | null;
  reasons: Reason[];
}

const WEIGHT = { occupation: 0.5, distance: 0.3, language: 0.1, german: 0.1 };
const OCCUPATION_SCORE = { exact: 1, sameSubgroup: 0.7, sameGroup: 0.4 };
/** Online offers are reachable from anywhere, but rank like a course at 40 % of the radius. */
const ONLINE_PROXIMITY = 0.6;

const germanDate = (iso: string) => iso.split("-").reverse().join(".");
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Ranks one kind of entries for a candidate: filters what cannot work, explains every factor. */
export function rankMatches(
  profile: CandidateProfile,
  entries: readonly MatchEntry[],
  today: string,
): Match[] {
  const from = profile.availableFrom && profile.availableFrom > today ? profile.availableFrom : today;
  const matches: Match[] = [];
  for (const entry of entries) {
    const match = evaluate(profile, entry, from);
    if (match) matches.push(match);
  }
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
      String(a.item.id).localeCompare(String(b.item.id)),
  );
}

function evaluate(profile: CandidateProfile, entry: MatchEntry, from: string): Match | undefined {
  const occupation = bestOccupationMatch(profile.occupation, entry.occupations);
  if (!occupation) return undefined;
  const reasons: Reason[] = [];
  const code = occupation.code;
  if (occupation.grade === "exact") {
    reasons.push({ code: "occupation.exact", text: `Gleiche Berufsgattung (KldB ${code})` });
  } else if (occupation.grade === "sameSubgroup") {
    reasons.push({
      code: "occupation.sameSubgroup",
      text: `Gleiche Berufsuntergruppe (KldB ${kldbSubgroup(code)}), anderes Anforderungsniveau: ${requirementLevel(code)} statt ${requirementLevel(profile.occupation)}`,
    });
  } else {
    reasons.push({
      code: "occupation.related",
      text: `Verwandter Beruf in derselben Berufsgruppe (KldB ${kldbGroup(code)})`,
    });
  }

  const distance = entry.point ? round(distanceKm(profile.point, entry.point), 1) : null;
  let proximity: number;
  if (entry.online) {
    proximity = ONLINE_PROXIMITY;
    reasons.push({ code: "format.online", text: "Online-Angebot – ortsunabhängig erreichbar" });
  } else {
    if (distance === null || distance > profile.radiusKm) return undefined;
    proximity = 1 - distance / profile.radiusKm;
    const where = entry.placeName ? ` (${entry.placeName})` : "";
    reasons.push({ code: "distance", text: `${distance.toLocaleString("de-DE")} km entfernt${where}` });
  }

  const availability = availabilityReason(entry, from);
  if (availability === undefined) return undefined;
  if (availability) reasons.push(availability);

  let german = 1;
  if (entry.germanLevel && !profile.germanLevel) {
    german = 0.5;
    reasons.push({
      code: "german.unknown",
      text: `Gefordert: Deutsch ${entry.germanLevel}; Niveau des Kandidaten nicht angegeben`,
    });
  } else if (entry.germanLevel && profile.germanLevel) {
    const gap = levelsBelow(profile.germanLevel, entry.germanLevel);
    if (gap > 1) return undefined;
    german = gap === 0 ? 1 : 0;
    reasons.push(
      gap === 0
        ? {
            code: "german.sufficient",
            text: `Deutschniveau ${profile.germanLevel} erfüllt die Anforderung ${entry.germanLevel}`,
          }
        : {
            code: "german.belowRequired",
            text: `Gefordert ist Deutsch ${entry.germanLevel}, vorhanden ${profile.germanLevel} – eine Stufe darunter`,
          },
    );
  }

  const shared = profile.languages.filter((l) => entry.languages.includes(l));
  if (shared.length) {
    reasons.push({
      code: "language.shared",
      text: `Gemeinsame Sprache: ${shared.map(languageName).join(", ")}`,
    });
  }

  const score =
    WEIGHT.occupation * OCCUPATION_SCORE[occupation.grade] +
    WEIGHT.distance * proximity +
    WEIGHT.language * (shared.length ? 1 : 0) +
    WEIGHT.german * german;
  return { item: entry.item, score: round(score, 3), distanceKm: distance, reasons };
}

/** undefined = not available for this candidate; null = available, nothing worth saying. */
function availabilityReason(entry: MatchEntry, from: string): Reason | null | undefined {
  if (entry.kind === "place") {
    const free = (entry.capacity ?? 0) - (entry.acceptedCount ?? 0);
    if (free <= 0 || (entry.availableUntil && entry.availableUntil < from)) return undefined;
    if (entry.availableFrom && entry.availableFrom > from) {
      return {
        code: "availability.later",
        text: `Frei ab ${germanDate(entry.availableFrom)} (${free} von ${entry.capacity} Plätzen frei)`,
      };
    }
    return { code: "availability.now", text: `${free} von ${entry.capacity} Plätzen frei` };
  }
  if (entry.end && entry.end < from) return undefined;
  if (entry.rolling) return { code: "availability.rolling", text: "Laufender Einstieg möglich" };
  if (entry.start && entry.start < from) return undefined;
  return entry.start ? { code: "availability.start", text: `Beginn am ${germanDate(entry.start)}` } : null;
}
