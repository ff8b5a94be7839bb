import { randomUUID } from "node:crypto";
import type { StoredItem } from "../db/candidate-items.ts";
import { anonymousReferralKey, PREFIX } from "../db/keys.ts";

/**
 * The anonymous remainders an erasure leaves behind (candidate-erasure.ts): which of the erased
 * items leave one, and what it holds. Apart from the erasure's steps because the statistics
 * (`npm run stats:rebuild`) depend on exactly these fields, not on how the erasure runs.
 */

/**
 * What survives of an item when its candidate is erased, by the item's key prefix: nothing, unless
 * named here. A referral leaves an anonymous remainder under a fresh random key (place or offer,
 * occupation, district, status, month) for statistics. Kinds added later list theirs here.
 */
const REMAINDERS: Record<string, (item: StoredItem) => Record<string, unknown>> = {
  [`${PREFIX.referral}#`]: (r) => {
    const profile = r.profile as { occupation: string; district: { code: string } };
    const history = r.history as { status: string; at: string }[];
    return {
      ...anonymousReferralKey(randomUUID()),
      // A referral names a place or an offer, never both.
      ...(r.offerId === undefined ? { placeId: r.placeId } : { offerId: r.offerId }),
      occupation: profile.occupation,
      district: profile.district.code,
      status: r.status,
      month: String(r.createdAt).slice(0, 7),
      // Anonymous too, and what lets `npm run stats:rebuild` recount the referral's events.
      org: r.org,
      events: history.map((h) => ({ status: h.status, month: h.at.slice(0, 7) })),
    };
  },
};
export const remainderOf = (item: StoredItem) =>
  Object.entries(REMAINDERS).find(([prefix]) => item.PK.startsWith(prefix))?.[1];
