import { mailQueue } from "../db/mail-queue.ts";
import { mailRepository, type MailRetry } from "../db/mail-repository.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { NoticeMailer } from "../mail/mail-sender.ts";
import type { Deps } from "../runtime.ts";
import { attempt } from "./mail-outbox.ts";

/** A sweep takes this many due retries per page, and stops after this many in all. */
const SWEEP_PAGE = 25;
const SWEEP_MAX = 500;

/**
 * Sends the retries that are due (the schedule: every few minutes on AWS, a timer locally). The
 * address and the wish are read again: a recipient who switched mails off, or has no address
 * any more, gets none. Stops at the first refusal: the service is still down, the rest wait.
 */
export async function sendDueRetries(
  deps: Deps,
  mailer: NoticeMailer,
): Promise<{ sent: number; failed: number }> {
  const mails = mailRepository(deps);
  const queue = mailQueue(deps);
  const profiles = profileRepository(deps);
  const result = { sent: 0, failed: 0 };
  for (let handled = 0; handled < SWEEP_MAX;) {
    const due: MailRetry[] = await queue.dueRetries(deps.clock().toISOString(), SWEEP_PAGE);
    let taken = 0;
    for (const retry of due) {
      handled += 1;
      if (!(await queue.takeRetry(retry))) continue;
      taken += 1;
      const profile = await profiles.get(retry.sub);
      if (!profile?.email || profile.notify === "off") {
        await mails.markFailed(retry.sub, retry.mailId, retry.attempts, "no longer wanted");
        continue;
      }
      const outcome = await attempt(deps, mailer, retry, profile.email, retry.attempts + 1);
      if (outcome !== "sent") return { ...result, failed: result.failed + 1 };
      result.sent += 1;
    }
    // Nothing due, or all of it taken by another sweep: done.
    if (taken === 0) break;
  }
  return result;
}
