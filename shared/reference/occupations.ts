import { occupationData } from "./occupation-data.ts";

/** KldB 2010 (Fassung 2020) occupations: lookup by 5-digit Berufsgattung code, and search. */

export { type OccupationHit, searchOccupations } from "./occupation-search.ts";

export interface Occupation {
  code: string;
  title: string;
  shortTitle: string;
  /** 3-digit Berufsgruppe */
  group: { code: string; title: string };
  /** 4-digit Berufsuntergruppe */
  subgroup: { code: string; title: string };
  /** "Zugeordnete Berufe", e.g. "Elektroniker/in - Energie- und Gebäudetechnik" */
  namedOccupations: string[];
}

export function isOccupationCode(code: string): boolean {
  return occupationData().byCode.has(code);
}

export function getOccupation(code: string): Occupation | undefined {
  const { byCode, groups, subgroups } = occupationData();
  const row = byCode.get(code);
  if (!row) return undefined;
  const [, title, shortTitle, namedOccupations] = row;
  const group = code.slice(0, 3);
  const subgroup = code.slice(0, 4);
  return {
    code,
    title,
    shortTitle,
    group: { code: group, title: groups.get(group) ?? "" },
    subgroup: { code: subgroup, title: subgroups.get(subgroup) ?? "" },
    namedOccupations: [...namedOccupations],
  };
}
