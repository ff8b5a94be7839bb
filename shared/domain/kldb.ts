/**
 * KldB 2010 structure: 5-digit Berufsgattung = 4-digit Berufsuntergruppe + Anforderungsniveau
 * (1 Helfer, 2 Fachkraft, 3 Spezialist, 4 Experte); the first 3 digits are the Berufsgruppe.
 */
export type OccupationGrade = "exact" | "sameSubgroup" | "sameGroup";

export const kldbGroup = (code: string) => code.slice(0, 3);
export const kldbSubgroup = (code: string) => code.slice(0, 4);

const LEVEL_NAMES: Record<string, string> = {
  "1": "Helfer",
  "2": "Fachkraft",
  "3": "Spezialist",
  "4": "Experte",
};
export const requirementLevel = (code: string): string => LEVEL_NAMES[code.charAt(4)] ?? "unbekannt";

const RANK: Record<OccupationGrade, number> = { exact: 3, sameSubgroup: 2, sameGroup: 1 };

function grade(candidate: string, code: string): OccupationGrade | undefined {
  if (code === candidate) return "exact";
  if (kldbSubgroup(code) === kldbSubgroup(candidate)) return "sameSubgroup";
  if (kldbGroup(code) === kldbGroup(candidate)) return "sameGroup";
  return undefined;
}

/** The item's occupation closest to the candidate's, or undefined when none is related. */
export function bestOccupationMatch(
  candidate: string,
  codes: readonly string[],
): { grade: OccupationGrade; code: string } | undefined {
  let best: { grade: OccupationGrade; code: string } | undefined;
  for (const code of codes) {
    const g = grade(candidate, code);
    if (g && (!best || RANK[g] > RANK[best.grade])) best = { grade: g, code };
  }
  return best;
}

/** The distinct Berufsgruppen an item serves: one match-index entry each. */
export const kldbGroups = (codes: readonly string[]) => [...new Set(codes.map(kldbGroup))].sort();
