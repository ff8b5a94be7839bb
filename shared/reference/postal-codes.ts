import type { Location } from "../schemas/common.ts";
import { POSTAL_CODES_FILE, type PostalCodesFile, readReferenceFile } from "./data-files.ts";

/** German postal codes → centroid, main place, district and Bundesland (data/postal-codes.json). */

let byCode: Map<string, Location> | undefined;

function load(): Map<string, Location> {
  const file = readReferenceFile<PostalCodesFile>(POSTAL_CODES_FILE);
  const states = new Map(file.states);
  const none = { code: "", name: "" };
  const locations = new Map<string, Location>();
  for (const [postalCode, place, lat, lon, districtIndex] of file.postalCodes) {
    const entry = districtIndex === null ? undefined : file.districts[districtIndex];
    const district = entry ? { code: entry[0], name: entry[1] } : none;
    const stateCode = district.code.slice(0, 2);
    const state = entry ? { code: stateCode, name: states.get(stateCode) ?? "" } : none;
    locations.set(postalCode, { postalCode, place, lat, lon, district, state });
  }
  return locations;
}

/**
 * The resolved Location of a German postal code, or undefined when the code is unknown. Reads the
 * data file on the first call (once per process). Postal code 87491 (Jungholz, Austria) has an
 * empty district and state.
 */
export function resolvePostalCode(code: string): Location | undefined {
  byCode ??= load();
  const location = byCode.get(code);
  // A copy, so that callers cannot change the cached reference data.
  return location && { ...location, district: { ...location.district }, state: { ...location.state } };
}
