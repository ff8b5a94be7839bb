import { listingRepository } from "../db/listing-repository.ts";
import { seatReleases } from "../db/seat-release.ts";
import type { TransactItem } from "../db/transact.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";

/**
 * `mentoring.completed` gives the place's seat back, once per referral: the place's acceptedCount
 * (version-guarded, with its stock counters) and a marker in the candidate's partition that a
 * second completion of the same referral cannot pass. Apart from recording the milestone
 * (milestones.ts) because it reads and writes the place, not the candidate.
 */
export async function seatRelease(
  deps: Deps,
  placeId: string,
  candidateId: string,
  referralId: string,
  at: string,
): Promise<TransactItem[] | undefined> {
  const releases = seatReleases(deps);
  if (await releases.released(candidateId, referralId)) return undefined;
  const places = listingRepository<MentoringPlace>(deps, "place");
  const place = await places.get(placeId);
  const next = place &&
    place.acceptedCount > 0 && {
      ...place,
      acceptedCount: place.acceptedCount - 1,
      ...nextVersion(place, at),
    };
  return [
    releases.markAction(candidateId, referralId, at),
    ...(place && next ? places.replaceActions(place, next) : []),
  ];
}
