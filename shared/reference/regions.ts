import { POSTAL_CODES_FILE, type PostalCodesFile, readReferenceFile } from "./data-files.ts";
import { occupationData } from "./occupation-data.ts";

/** German labels for statistics keys: districts (AGS), Bundesländer and KldB Berufsgruppen. */
let names: { districts: Map<string, string>; states: Map<string, string> } | undefined;

function load() {
  const file = readReferenceFile<PostalCodesFile>(POSTAL_CODES_FILE);
  return { districts: new Map(file.districts), states: new Map(file.states) };
}

export const districtName = (code: string) => (names ??= load()).districts.get(code) ?? code;
export const stateName = (code: string) => (names ??= load()).states.get(code) ?? code;
export const occupationGroupTitle = (code: string) => occupationData().groups.get(code) ?? code;
