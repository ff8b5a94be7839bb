import { organisationNames } from "../db/organisation-names.ts";
import type { Deps } from "../runtime.ts";

/**
 * Items as shown with their organisation's display name (one BatchGet for the page's few slugs,
 * organisation-names.ts). Apart from the listing use cases because it only decorates what they
 * answer; an item whose organisation has no name keeps its slug alone.
 */
export async function withOrgNames<T extends { org?: unknown }>(deps: Deps, items: T[]): Promise<T[]> {
  const names = await organisationNames(
    deps,
    items.map((item) => String(item.org ?? "")),
  );
  return items.map((item) => {
    const orgName = names.get(String(item.org ?? ""));
    return orgName === undefined ? item : { ...item, orgName };
  });
}
