import { organisationNames } from "../db/organisation-names.ts";
import type { Deps } from "../runtime.ts";

interface Match {
  item: Record<string, unknown>;
}
interface Lists {
  offers: Match[];
  places: Match[];
  beyond?: { offers: Match[]; places: Match[] } | undefined;
}

/**
 * Adds `orgName` (the organisation's display name) to every matched item, so a coach reads
 * "Klinikum am Sparrenberg gGmbH", not its slug: one BatchGet of the few organisations on the
 * page. An organisation without a description keeps only its `org`.
 */
export async function withOrganisationNames<T extends Lists>(deps: Deps, result: T): Promise<T> {
  const lists = [result.offers, result.places, result.beyond?.offers ?? [], result.beyond?.places ?? []];
  const orgs = lists.flat().flatMap((m) => (typeof m.item.org === "string" ? [m.item.org] : []));
  const names = await organisationNames(deps, orgs);
  const named = (matches: Match[]) =>
    matches.map((m) => {
      const name = names.get(String(m.item.org));
      return name ? { ...m, item: { ...m.item, orgName: name } } : m;
    });
  return {
    ...result,
    offers: named(result.offers),
    places: named(result.places),
    ...(result.beyond && {
      beyond: { offers: named(result.beyond.offers), places: named(result.beyond.places) },
    }),
  };
}
