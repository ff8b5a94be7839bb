import { profileListKey } from "../db/keys.ts";
import { noticeRepository } from "../db/notice-repository.ts";
import { profileListing } from "../db/profile-listing.ts";
import { profileRepository } from "../db/profile-repository.ts";
import { NotFoundError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import type { Deps } from "../runtime.ts";
import type { Notification } from "../schemas/notification.ts";

/**
 * A user's inbox. Notices are addressed to a user (the token's subject), so nobody reads or marks
 * another's: someone else's notice id is simply not found (404). Reading the inbox also makes the
 * caller known as a member of their organisation (a profile with the defaults, if they have none),
 * so the organisation's notices reach them from then on.
 */
export function inboxUseCases(deps: Deps) {
  const notices = noticeRepository(deps);
  const profiles = profileRepository(deps);
  const listing = profileListing(deps);

  async function joinOrganisation(principal: Principal) {
    const listed = await listing.listedUnder(principal.sub);
    if (listed === profileListKey(principal.org).GSI1PK) return;
    // A profile from before the organisation list, or of another organisation than the token's.
    if (listed !== undefined) return listing.relist(principal.sub, principal.org);
    await profiles.putIfMissing({
      sub: principal.sub,
      org: principal.org,
      role: hasRole(principal, "admin") ? "admin" : (principal.roles[0] ?? ""),
      notify: "immediately",
      version: 1,
      updatedAt: deps.clock().toISOString(),
    });
  }

  return {
    async list(principal: Principal, request: { limit: number; cursor?: string | undefined }) {
      const [page, unread] = await Promise.all([
        notices.list(principal.sub, request),
        notices.unreadCount(principal.sub),
        joinOrganisation(principal),
      ]);
      return { ...page, unread };
    },

    async markRead(principal: Principal, id: string): Promise<Notification> {
      const read = await notices.markRead(principal.sub, id, deps.clock().toISOString());
      if (!read) throw new NotFoundError("Benachrichtigung nicht gefunden.");
      return read;
    },
  };
}
