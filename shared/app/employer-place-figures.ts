import { employerEvents } from "../db/employer-events.ts";
import { employerRepository } from "../db/employer-repository.ts";
import { listingRepository } from "../db/listing-repository.ts";
import type { TransactItem } from "../db/transact.ts";
import type { Deps } from "../runtime.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { berlinDay } from "../domain/employer-measure.ts";

/**
 * A place created on an employer's behalf (issue 29) counts in the figures of the counselling
 * organisation that keeps the record (`placeOnBehalf`, on the day created), joined to the place's
 * transaction; the record's figure key is read here, never stored on the place.
 */
export async function placeOnBehalfActions(
  deps: Deps,
  employerId: string,
  placeId: string,
): Promise<TransactItem[]> {
  const stored = await employerRepository(deps).getStored(employerId);
  if (!stored || stored.erasing) return [];
  const { employer, statsKey } = stored;
  const date = berlinDay(deps.clock());
  return [employerEvents(deps).put("placeOnBehalf", { employer, statsKey, date, eventId: placeId })];
}

/**
 * A hire through a place kept on an employer's behalf (issue 29): `employment.started` naming a
 * referral to such a place counts once per referral in the figures of the counselling
 * organisation that keeps the employer record (its `hire` event, joined to the milestone's
 * transaction). Nothing when the place is no such place, or the record is gone.
 */
export async function employerHireActions(
  deps: Deps,
  referral: { id: string; placeId?: string | undefined },
  date: string,
): Promise<TransactItem[]> {
  if (!referral.placeId) return [];
  const place = await listingRepository<MentoringPlace>(deps, "place").get(referral.placeId);
  const employerId = (place as { onBehalfOf?: string } | undefined)?.onBehalfOf;
  if (!employerId) return [];
  const stored = await employerRepository(deps).getStored(employerId);
  if (!stored || stored.erasing) return [];
  const { employer, statsKey } = stored;
  return [employerEvents(deps).put("hire", { employer, statsKey, date, eventId: referral.id })];
}
