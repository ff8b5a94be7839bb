import { pageItemKey, readPageItems } from "../db/page-items.ts";
import { isMatchable, type ListingKind, publicView } from "../domain/listing.ts";
import type { Match } from "../domain/matching.ts";
import type { Deps } from "../runtime.ts";

interface Lists {
  offers: Match[];
  places: Match[];
  beyond?: { offers: Match[]; places: Match[] } | undefined;
}

/**
 * Completes the shown matches: the index entries ranking read are slim (shared/db/match-index.ts),
 * so the page's items are read in full — and their organisations' display names ("Klinikum am
 * Sparrenberg gGmbH", not its slug) — in one BatchGet. An item deleted, unpublished or filled
 * since the index was read is left out rather than shown stale. Names are not copied onto items,
 * so a renamed organisation shows its new name everywhere at once.
 */
export async function completePage<T extends Lists>(
  deps: Deps,
  result: T,
): Promise<{ lists: T; requests: number }> {
  const shown = (kind: ListingKind, matches: readonly Match[]) =>
    matches.map((m) => ({ kind, id: String(m.item.id), org: String(m.item.org ?? "") }));
  const all = [
    ...shown("offer", result.offers),
    ...shown("place", result.places),
    ...shown("offer", result.beyond?.offers ?? []),
    ...shown("place", result.beyond?.places ?? []),
  ];
  if (!all.length) return { lists: result, requests: 0 };
  const page = await readPageItems(
    deps,
    all,
    all.map((m) => m.org),
  );
  const complete = (kind: ListingKind, matches: Match[]) =>
    matches.flatMap((m) => {
      const listing = page.listings.get(pageItemKey(kind, String(m.item.id)));
      if (!listing || !isMatchable(kind, listing)) return [];
      const name = page.names.get(listing.org);
      return [{ ...m, item: { ...publicView(kind, listing), ...(name ? { orgName: name } : {}) } }];
    });
  const lists = {
    ...result,
    offers: complete("offer", result.offers),
    places: complete("place", result.places),
    ...(result.beyond && {
      beyond: {
        offers: complete("offer", result.beyond.offers),
        places: complete("place", result.beyond.places),
      },
    }),
  };
  return { lists, requests: page.requests };
}
