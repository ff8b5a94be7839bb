import { listingRepository } from "../db/listing-repository.ts";
import { NotYet, withRetries } from "../db/retry.ts";
import { PreconditionFailedError, ServiceUnavailableError } from "../domain/errors.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { allPages } from "./all-pages.ts";

/**
 * A renamed employer record renames the places its counselling organisation keeps on its behalf:
 * other organisations read a place's `company` to know whom they propose someone to, so it says
 * the company's name now, not the one it had when the place was last edited. Each place is its own
 * version-guarded write with its match entries (an acceptance racing it reads again, as this does).
 * Referrals keep the name they were proposed under, like the place's title. Returns how many
 * places were renamed.
 */
export async function renameEmployerPlaces(deps: Deps, org: string, employerId: string, name: string) {
  const places = listingRepository<MentoringPlace>(deps, "place");
  const kept = await allPages((cursor) =>
    places.listByOrg(org, { limit: 100, cursor, onBehalfOf: employerId }),
  );
  let renamed = 0;
  for (const { id } of kept) {
    await withRetries(
      "employer places",
      { attempts: 8, baseMs: 10, capMs: 320 },
      async () => {
        const current = await places.get(id);
        if (!current || current.company === name) return;
        const next = { ...current, company: name, ...nextVersion(current, deps.clock().toISOString()) };
        await places.replace(current, next).catch((error: unknown) => {
          throw error instanceof PreconditionFailedError ? new NotYet() : error;
        });
        renamed++;
      },
      { giveUp: () => new ServiceUnavailableError("Gleichzeitige Änderungen; bitte erneut versuchen.") },
    );
  }
  return renamed;
}
