import { kldbGroup } from "../domain/kldb.ts";
import type { Location } from "../schemas/common.ts";
import type { Principal } from "../domain/principal.ts";

/** A match search counts in the searching organisation, the candidate's district and Berufsgruppe — nothing else. */
export const searchCell = (
  principal: Principal | undefined,
  occupation: string,
  location: Location,
  now: Date,
) => ({
  org: principal?.org ?? "",
  district: location.district.code,
  group: kldbGroup(occupation),
  at: now.toISOString(),
});
