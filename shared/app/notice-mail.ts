import { mailRepository } from "../db/mail-repository.ts";
import { isNoticeItem, linkedCandidate, storedNotice } from "../db/notice-repository.ts";
import { profileRepository } from "../db/profile-repository.ts";
import { noticeMail as noticeMailContent } from "../domain/notice-mail.ts";
import type { Deps } from "../runtime.ts";
import { sendOnce } from "./mail-outbox.ts";
import type { StreamChange, StreamReaction } from "./stream-changes.ts";

/**
 * A new notice (its INSERT in the table's stream) becomes mail as its recipient's `notify` says
 * (GET/PUT /me): `immediately` one mail now, `daily` an entry for the next digest
 * (shared/app/mail-digest.ts), `off` nothing. No address in the profile: nothing either. The
 * mail is keyed by the notice id, so a redelivered record never sends it twice.
 */
export const noticeMail: StreamReaction = {
  name: "noticeMail",
  handles: (change: StreamChange) => change.eventName === "INSERT" && isNoticeItem(change.newItem),
  async react(deps: Deps, change: StreamChange) {
    if (!change.newItem) return;
    const notice = storedNotice(change.newItem);
    // Queued mail of a notice that names a candidate is linked to it like the notice (erasure).
    const candidateId = linkedCandidate(change.newItem);
    const about = candidateId ? { candidateId } : {};
    const profile = await profileRepository(deps).get(notice.recipient);
    const notify = profile?.notify ?? "immediately";
    if (!profile?.email || notify === "off") return;
    if (notify === "daily") {
      const { id, type, text, link, createdAt } = notice;
      await mailRepository(deps).enqueueDigest({
        sub: notice.recipient,
        noticeId: id,
        type,
        text,
        link,
        createdAt,
        ...about,
      });
      return;
    }
    // Without a mail port (a test or tool that drains the stream without one) nothing is claimed.
    if (!deps.mail) return;
    const content = noticeMailContent(notice, deps.mail.webUrl);
    await sendOnce(
      deps,
      deps.mail,
      { sub: notice.recipient, mailId: `N#${notice.id}`, ...content, ...about },
      profile.email,
    );
  },
};
