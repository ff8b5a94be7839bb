import {
  OCCUPATIONS_FILE,
  type OccupationRow,
  type OccupationsFile,
  readReferenceFile,
} from "./data-files.ts";

/** KldB 2010 reference data (data/occupations.json), read on first use, once per process. */
export interface OccupationData {
  /** 5-digit Berufsgattungen in code order */
  rows: readonly OccupationRow[];
  byCode: ReadonlyMap<string, OccupationRow>;
  /** 3-digit Berufsgruppen and 4-digit Berufsuntergruppen: code → title */
  groups: ReadonlyMap<string, string>;
  subgroups: ReadonlyMap<string, string>;
}

let data: OccupationData | undefined;

export function occupationData(): OccupationData {
  if (!data) {
    const file = readReferenceFile<OccupationsFile>(OCCUPATIONS_FILE);
    data = {
      rows: file.occupations,
      byCode: new Map(file.occupations.map((row) => [row[0], row])),
      groups: new Map(file.groups),
      subgroups: new Map(file.subgroups),
    };
  }
  return data;
}
