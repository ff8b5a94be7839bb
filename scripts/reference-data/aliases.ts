import type { OccupationAliasesFile, OccupationsFile } from "../../shared/reference/data-files.ts";

/**
 * Short forms coaches type for common occupations of the IQ networks, chosen by hand; each names
 * the KldB named occupations it stands for (best first). The script checks every id against the
 * KldB file and takes the title from there. Words the KldB spells out (Erzieher, Kfz-Mechatroniker)
 * need no entry: the search finds them. Not aliases: words for a stage rather than an occupation
 * ("Azubi").
 */
export const ALIASES_ATTRIBUTION =
  "Abkürzungen zusammengestellt für Passung; Berufsbenennungen: KldB 2010, Statistik der Bundesagentur für Arbeit";

const ALIASES: [alias: string, namedIds: string[]][] = [
  ["MFA", ["81102-106"]],
  ["ZFA", ["81112-109"]],
  ["TFA", ["81142-109"]],
  ["GuK", ["81302-103"]],
  ["GKP", ["81302-103"]],
  ["Pflegefachkraft", ["81302-117"]],
  ["BTA", ["41212-101"]],
  ["CTA", ["41322-101"]],
  ["PTA", ["81822-105"]],
  ["MTA", ["81212-103", "81232-102", "81222-105"]],
  ["MTLA", ["81212-103"]],
  ["MTRA", ["81232-102"]],
  ["MTR", ["81232-116"]],
  ["MTL", ["81212-146"]],
  ["OTA", ["81332-100"]],
  ["ATA", ["81332-104"]],
  ["NotSan", ["81342-113"]],
  ["HEP", ["83133-126"]],
  ["Physio", ["81713-104"]],
  ["ITler", ["43102-102", "43412-103"]],
];

/** The alias file: each alias with its named occupations' ids and titles; fails on an unknown id. */
export function buildAliases(
  occupations: OccupationsFile,
  list: readonly [alias: string, namedIds: string[]][] = ALIASES,
): OccupationAliasesFile {
  const titles = new Map<string, string>();
  for (const [code, , , named, ids] of occupations.occupations)
    ids.forEach((id, i) => titles.set(`${code}-${id}`, named[i] ?? ""));
  const seen = new Set<string>();
  return {
    attribution: ALIASES_ATTRIBUTION,
    aliases: list.map(([alias, ids]) => {
      if (seen.has(alias.toLowerCase())) throw new Error(`alias ${alias} listed twice`);
      seen.add(alias.toLowerCase());
      const named = ids.map((id): [string, string] => {
        const title = titles.get(id);
        if (!title) throw new Error(`alias ${alias}: unknown KldB named occupation ${id}`);
        return [id, title];
      });
      // The search lists one entry per Berufsgattung.
      if (new Set(ids.map((id) => id.slice(0, 5))).size < ids.length)
        throw new Error(`alias ${alias}: two named occupations of one Berufsgattung`);
      return [alias, named];
    }),
  };
}
