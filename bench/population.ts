import {
  OCCUPATIONS_FILE,
  type OccupationsFile,
  POSTAL_CODES_FILE,
  type PostalCodesFile,
  readReferenceFile,
} from "../shared/reference/data-files.ts";
import { pick, type Random, shuffled, weighted, zipf } from "./prng.ts";

/**
 * Where items and candidates are, and which occupations they have.
 *
 * Locations: every postal code has weight 1. Postal-code areas are small where people live, so the
 * codes' centroids already follow settlement density (Berlin 190 codes, a rural Kreis ~15). Weighting
 * each code by its district's code count was rejected: it counts density twice (cities ∝ n²).
 *
 * Occupations: Zipf (s = 1) over the 144 Berufsgruppen, with the IQ networks' main sectors at the top
 * ranks (nursing, electrical, engineering, IT, education, public administration; then the other
 * groups in seeded random order), and Zipf (s = 1) over the Berufsgattungen within a group in
 * seeded random order, Fachkraft/Spezialist codes (…2, …3) first.
 */
export const IQ_SECTORS = ["813", "263", "262", "251", "431", "831", "434", "732"];

export interface Population {
  postalCode(random: Random): string;
  occupation(random: Random): string;
  /** Another code of the same Berufsgruppe (courses and places often list related codes). */
  relatedOccupation(random: Random, code: string): string;
  /** Share of draws that fall into the IQ sectors, for the report. */
  iqSectorShare: number;
  postalCodes: number;
}

export function population(random: Random): Population {
  const postal = readReferenceFile<PostalCodesFile>(POSTAL_CODES_FILE).postalCodes;
  const codesWithDistrict = postal.filter((row) => row[4] !== null).map((row) => row[0]);
  const postalCode = weighted(codesWithDistrict.map((code) => [code, 1] as const));

  const { groups, occupations } = readReferenceFile<OccupationsFile>(OCCUPATIONS_FILE);
  const byGroup = new Map<string, string[]>();
  for (const [code] of occupations) {
    const group = code.slice(0, 3);
    byGroup.set(group, [...(byGroup.get(group) ?? []), code]);
  }
  const others = shuffled(
    random,
    groups.map(([code]) => code).filter((code) => !IQ_SECTORS.includes(code) && byGroup.has(code)),
  );
  const groupOrder = [...IQ_SECTORS, ...others];
  const groupWeights = zipf(groupOrder.length);
  const totalGroupWeight = groupWeights.reduce((a, b) => a + b, 0);

  const skilledFirst = (code: string) => (/[23]$/.test(code) ? 0 : 1);
  const codeWeights: Array<readonly [string, number]> = groupOrder.flatMap((group, rank) => {
    const codes = shuffled(random, byGroup.get(group) ?? []).sort(
      (a, b) => skilledFirst(a) - skilledFirst(b),
    );
    const within = zipf(codes.length);
    const withinTotal = within.reduce((a, b) => a + b, 0);
    const groupWeight = groupWeights[rank] ?? 0;
    return codes.map((code, i) => [code, (groupWeight * (within[i] ?? 0)) / withinTotal] as const);
  });

  return {
    postalCode,
    occupation: weighted(codeWeights),
    relatedOccupation: (r, code) => pick(r, byGroup.get(code.slice(0, 3)) ?? [code]),
    iqSectorShare: groupWeights.slice(0, IQ_SECTORS.length).reduce((a, b) => a + b, 0) / totalGroupWeight,
    postalCodes: codesWithDistrict.length,
  };
}
