import { employerFacts } from "../db/employer-facts.ts";
import { ValidationError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";

/** What a place kept on behalf of an employer stores besides its input: the employer's name. */
export interface OnBehalf {
  onBehalfOf: string;
  company: string;
}

const refuse = (message: string) => new ValidationError([{ path: "onBehalfOf", message }]);

/**
 * Who may create a place for whom. An employer creates its own places (never on behalf of
 * another); a counselling organisation's coach creates places only on behalf of one of its own
 * employer records, and the place belongs to the counselling organisation: it receives the
 * referrals and decides (or lets the company decide through a signed link). An admin may do
 * either. The employer's name is kept on the place as its `company` for others to read.
 */
export async function onBehalfFor(
  deps: Deps,
  principal: Principal,
  onBehalfOf: string | undefined,
): Promise<OnBehalf | undefined> {
  const counsels = hasRole(principal, "coach", "admin");
  if (onBehalfOf === undefined) {
    if (hasRole(principal, "employer", "admin")) return undefined;
    throw refuse("Eine Beratung legt Mentoringplätze nur für einen ihrer Arbeitgeber an (Arbeitgeber-ID).");
  }
  if (!counsels) throw refuse("Nur Beratungsorganisationen legen Plätze für einen Arbeitgeber an.");
  const employer = await employerFacts(deps, principal.org, onBehalfOf);
  if (!employer) throw refuse("Arbeitgeber nicht gefunden (nur eigene Arbeitgeber).");
  return { onBehalfOf: employer.id, company: employer.name };
}

/** A place kept on behalf: its employer's current name (the record may have been renamed). */
export async function currentCompany(
  deps: Deps,
  org: string,
  onBehalfOf: string,
): Promise<string | undefined> {
  return (await employerFacts(deps, org, onBehalfOf))?.name;
}
