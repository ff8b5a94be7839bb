import type { CandidateProfile } from "../shared/domain/matching.ts";
import { resolvePostalCode } from "../shared/reference/postal-codes.ts";
import type { Population } from "./population.ts";
import { intBetween, pick, type Random, weighted } from "./prng.ts";

/**
 * Random candidates as coaches describe them: occupation and home drawn from the same skewed
 * distributions as the catalogue (IQ clients come from the same sectors and regions), a German
 * level, one or two languages. The radius is set per run.
 */
export interface Candidate {
  postalCode: string;
  profile: Omit<CandidateProfile, "radiusKm">;
}

const LANGUAGES = ["ar", "uk", "ru", "tr", "fa", "en", "fr", "es", "pl", "ro", "ku", "ti", "so", "vi"];
const level = weighted([
  [undefined, 3],
  ["A2", 10],
  ["B1", 35],
  ["B2", 35],
  ["C1", 15],
  ["C2", 2],
] as const);

export function drawCandidates(random: Random, people: Population, count: number): Candidate[] {
  return Array.from({ length: count }, () => {
    const postalCode = people.postalCode(random);
    const location = resolvePostalCode(postalCode);
    if (!location) throw new Error(`postal code ${postalCode} not in the reference data`);
    const germanLevel = level(random);
    const languages = [
      ...new Set(Array.from({ length: intBetween(random, 1, 2) }, () => pick(random, LANGUAGES))),
    ];
    return {
      postalCode,
      profile: {
        occupation: people.occupation(random),
        point: { lat: location.lat, lon: location.lon },
        languages,
        ...(germanLevel ? { germanLevel } : {}),
      },
    };
  });
}
