import { listingRepository } from "../db/listing-repository.ts";
import { referralRepository } from "../db/referral-repository.ts";
import { NotYet, withRetries } from "../db/retry.ts";
import { transactWrite } from "../db/transact.ts";
import { PreconditionFailedError, ServiceUnavailableError } from "../domain/errors.ts";
import { isActive } from "../domain/referral-workflow.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { allPages } from "./all-pages.ts";
import { type Actor, planChange } from "./referral-change.ts";

/**
 * The place's side withdraws: the employer record its place was kept for is erased. The referring
 * coach is told (referral-coach-notices.ts: `referral.withdrawn` with the case number, nothing else).
 */
export const PLACE_GONE_ACTOR: Actor = { sub: "passung", role: "employer" };

const PAGE = 100;

/**
 * Erasing an employer record ends the places its counselling organisation kept on its behalf:
 * each place's open referrals are withdrawn the way a coach's withdrawal does (an accepted one
 * gives its seat back), then the place is archived (out of searches; accepted referrals that
 * pointed at it keep pointing at it). Each step is its own version-guarded write; a lost race
 * reads again. Returns how many places were archived and referrals withdrawn.
 */
export async function retireEmployerPlaces(deps: Deps, org: string, employerId: string) {
  const places = listingRepository<MentoringPlace>(deps, "place");
  const referrals = referralRepository(deps);
  const kept = await allPages((cursor) =>
    places.listByOrg(org, { limit: PAGE, cursor, onBehalfOf: employerId }),
  );
  let withdrawn = 0;
  for (const place of kept) {
    const open = (
      await allPages((cursor) => referrals.listIncoming(org, { limit: PAGE, cursor }, { placeId: place.id }))
    ).filter((r) => isActive(r.status));
    for (const { id } of open) {
      await withRetries(
        "employer places",
        { attempts: 8, baseMs: 10, capMs: 320 },
        async () => {
          const current = await referrals.get(id);
          if (!current || !isActive(current.status)) return;
          const { actions } = await planChange(deps, current, "withdraw", PLACE_GONE_ACTOR, () => []);
          await transactWrite(deps, actions, () => new NotYet());
          withdrawn++;
        },
        { giveUp: () => new ServiceUnavailableError("Gleichzeitige Änderungen; bitte erneut versuchen.") },
      );
    }
    await withRetries(
      "employer places",
      { attempts: 8, baseMs: 10, capMs: 320 },
      async () => {
        const current = await places.get(place.id);
        if (!current || current.status === "archived") return;
        const at = deps.clock().toISOString();
        const archived = { ...current, status: "archived" as const, ...nextVersion(current, at) };
        await places.replace(current, archived).catch((error: unknown) => {
          throw error instanceof PreconditionFailedError ? new NotYet() : error;
        });
      },
      { giveUp: () => new ServiceUnavailableError("Gleichzeitige Änderungen; bitte erneut versuchen.") },
    );
  }
  return { places: kept.length, withdrawn };
}
