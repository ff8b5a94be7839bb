import { OCCUPATION_ALIASES_FILE, type OccupationAliasesFile, readReferenceFile } from "./data-files.ts";
import { foldGerman } from "./occupation-text.ts";

/** An alias's named occupation: its Berufsgattung and KldB id with title. */
export interface AliasMatch {
  code: string;
  named: { code: string; title: string };
}

let byAlias: ReadonlyMap<string, AliasMatch[]> | undefined;

/** "M.F.A.", "mfa" and "MFA" are one key: case, dots, spaces, hyphens and slashes do not count. */
const aliasKey = (text: string) => foldGerman(text).replace(/[\s./-]+/g, "");

/**
 * The named occupations an abbreviation stands for ("MFA" → 81102-106 Medizinische/r
 * Fachangestellte/r), best first; none when the whole query is no alias. From
 * data/occupation-aliases.json, read on first use.
 */
export function occupationsForAlias(query: string): AliasMatch[] {
  byAlias ??= new Map(
    readReferenceFile<OccupationAliasesFile>(OCCUPATION_ALIASES_FILE).aliases.map(([alias, named]) => [
      aliasKey(alias),
      named.map(([id, title]) => ({ code: id.slice(0, 5), named: { code: id, title } })),
    ]),
  );
  return byAlias.get(aliasKey(query)) ?? [];
}
