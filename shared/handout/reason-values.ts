import { kldbGroup, kldbSubgroup } from "../domain/kldb.ts";
import type { Match } from "../domain/matching.ts";
import type { ReasonCode } from "../schemas/reason-codes.ts";
import { fields, str, strings } from "./item-fields.ts";

/** The values a reason's sentence needs, unformatted; the renderer formats them per language. */
export interface ReasonValues {
  km?: number;
  place?: string;
  code?: string;
  date?: string;
  required?: string;
  languages?: string[];
}

/** The values of one reason, taken from the item and the candidate's occupation. */
export function reasonValues(
  code: ReasonCode,
  match: Match,
  candidate: { occupation: string; languages: readonly string[] },
): ReasonValues {
  const it = match.item;
  const { occupation } = candidate;
  const place = str(fields(it.location).place);
  const km = match.distanceKm ?? undefined;
  switch (code) {
    case "occupation.exact":
      return { code: `KldB ${occupation}` };
    case "occupation.sameSubgroup":
      return { code: `KldB ${kldbSubgroup(occupation)}` };
    case "occupation.related":
      return { code: `KldB ${kldbGroup(occupation)}` };
    case "distance":
    case "distance.beyondRadius":
      return { km, place };
    // The candidate's handout says when a place is free, never how many seats are taken.
    case "availability.later":
      return { date: str(it.availableFrom) };
    case "availability.start":
      return { date: str(it.start) };
    case "german.unknown":
    case "german.sufficient":
    case "german.belowRequired":
      return { required: str(it.germanLevel) };
    case "language.shared": {
      const offered = strings(it.languages);
      return { languages: candidate.languages.filter((l) => offered.includes(l)) };
    }
    default:
      return {};
  }
}
