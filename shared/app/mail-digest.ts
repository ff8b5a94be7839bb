import { mailQueue } from "../db/mail-queue.ts";
import { mailRepository } from "../db/mail-repository.ts";
import { profileRepository } from "../db/profile-repository.ts";
import { digestMail } from "../domain/notice-mail.ts";
import type { NoticeMailer } from "../mail/mail-sender.ts";
import type { Deps } from "../runtime.ts";
import { sendClaimed } from "./mail-outbox.ts";

/**
 * When the digest goes out: 06:00 UTC (07:00 or 08:00 in Germany), before the working day. The
 * EventBridge rule (infra/notification-mail.ts) and the local runtime's timer both use it.
 */
export const DIGEST_HOUR_UTC = 6;

/** The day a digest run belongs to (UTC): one digest per recipient and day. */
export const digestDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The daily digest (`notify: daily`): for each recipient with waiting notices, one mail listing
 * them. Runs once a day (EventBridge on AWS, a timer locally); a second run on the same day finds
 * the day's mail claimed and leaves later notices for the next day. The entries are removed once
 * the mail is claimed — sent or kept for retry, never listed twice. A recipient who switched mails
 * off since, or has no address, gets none (and the entries go).
 */
export async function sendDigests(
  deps: Deps,
  mailer: NoticeMailer,
): Promise<{ sent: number; failed: number; skipped: number }> {
  const mails = mailRepository(deps);
  const queue = mailQueue(deps);
  const profiles = profileRepository(deps);
  const day = digestDay(deps.clock());
  const result = { sent: 0, failed: 0, skipped: 0 };
  for (const [sub, entries] of await queue.digestEntries()) {
    const profile = await profiles.get(sub);
    if (!profile?.email || profile.notify === "off") {
      await queue.removeDigestEntries(entries);
      result.skipped += 1;
      continue;
    }
    const content = digestMail(entries, mailer.webUrl);
    const mail = { sub, mailId: `D#${day}`, ...content };
    if (!(await mails.claim(sub, mail.mailId))) continue;
    await queue.removeDigestEntries(entries);
    const outcome = await sendClaimed(deps, mailer, mail, profile.email);
    result[outcome === "sent" ? "sent" : "failed"] += 1;
  }
  return result;
}
