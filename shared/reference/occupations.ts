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
  /** The same with their KldB ids, e.g. {code: "26212-105", title: "Elektroniker/in - …"}. */
  named: NamedOccupation[];
}

/** A named occupation (Berufsbenennung) of the KldB file: the recognition case's reference occupation. */
export interface NamedOccupation {
  /** "81302-129": the Berufsgattung and the occupation's id */
  code: string;
  title: string;
}

/** "81302-129" → its title, or undefined when the KldB file has no such named occupation. */
export function getNamedOccupation(code: string): NamedOccupation | undefined {
  const row = occupationData().byCode.get(code.slice(0, 5));
  if (!row || code.charAt(5) !== "-") return undefined;
  const title = row[3][row[4].indexOf(code.slice(6))];
  return title === undefined ? undefined : { code, title };
}

export function isOccupationCode(code: string): boolean {
  return occupationData().byCode.has(code);
}

export function getOccupation(code: string): Occupation | undefined {
  const { byCode, groups, subgroups } = occupationData();
  const row = byCode.get(code);
  if (!row) return undefined;
  const [, title, shortTitle, namedOccupations, namedIds] = row;
  const group = code.slice(0, 3);
  const subgroup = code.slice(0, 4);
  return {
    code,
    title,
    shortTitle,
    group: { code: group, title: groups.get(group) ?? "" },
    subgroup: { code: subgroup, title: subgroups.get(subgroup) ?? "" },
    namedOccupations: [...namedOccupations],
    named: namedOccupations.map((name, i) => ({ code: `${code}-${namedIds[i]}`, title: name })),
  };
}
