import type { ProfessionOf, RegulatedProfession } from "../domain/regulation.ts";
import {
  readReferenceFile,
  REGULATED_PROFESSIONS_FILE,
  type RegulatedProfessionsFile,
} from "./data-files.ts";

/** data/regulated-professions.json by KldB code, read on first use, once per process. */
let byCode: ReadonlyMap<string, RegulatedProfession> | undefined;

function load(): ReadonlyMap<string, RegulatedProfession> {
  const file = readReferenceFile<RegulatedProfessionsFile>(REGULATED_PROFESSIONS_FILE);
  return new Map(
    file.professions.flatMap(({ id, name, law, protection, codes, partly }) => [
      ...codes.map((code) => [code, { id, name, law, protection }] as const),
      ...(partly ?? []).map(
        ({ code, named }) =>
          [code, { id, name, law, protection, only: named.map(([, title]) => title) }] as const,
      ),
    ]),
  );
}

/** The regulated profession a KldB code belongs to, if any (what matching needs). */
export const regulatedProfession: ProfessionOf = (code) => (byCode ??= load()).get(code);
