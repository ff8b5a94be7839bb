import type { MailContent } from "../domain/notice-mail.ts";
import { mailRepository, type MailRetry } from "../db/mail-repository.ts";
import { profileRepository } from "../db/profile-repository.ts";
import { logger } from "../logger.ts";
import type { NoticeMailer } from "../mail/mail-sender.ts";
import { recordMail } from "../observability/metrics.ts";
import type { Deps } from "../runtime.ts";

/**
 * Sends each notice mail at most once, and keeps every mail the service refused for later.
 *
 * The marker is written BEFORE sending (a conditional put, the claim): a stream record delivered
 * again, a second digest run or a second sweep finds it taken and sends nothing. Writing it after
 * sending would mail twice whenever the function fails between the two. The price: a process that
 * dies after the claim and before it learns the outcome leaves the mail unsent (at most once, not
 * at least once) — the notice itself is in the inbox regardless. A failure the code sees (service
 * down, throttled, refused) is not lost: the marker turns to `retry` and a retry entry keeps the
 * mail until it is due; the sweep sends it with exponential backoff, 12 attempts over ≈ 20 hours.
 */
export const MAX_ATTEMPTS = 12;
const MINUTE_MS = 60_000;
/** Before attempt n+1: 1, 2, 4 … minutes, at most 4 hours. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** (attempts - 1) * MINUTE_MS, 240 * MINUTE_MS);
/** A sweep takes this many due retries per page, and stops after this many in all. */
const SWEEP_PAGE = 25;
const SWEEP_MAX = 500;

export interface OutboxMail extends MailContent {
  sub: string;
  /** `N#<noticeId>` for one notice, `D#<day>` for a day's digest. */
  mailId: string;
}

/** One attempt; on failure the retry is scheduled (or the mail given up after MAX_ATTEMPTS). */
async function attempt(deps: Deps, mailer: NoticeMailer, mail: OutboxMail, to: string, attempts: number) {
  const mails = mailRepository(deps);
  try {
    await mailer.sender.send({ to, subject: mail.subject, text: mail.text });
  } catch (error) {
    recordMail("failed");
    // The mail id and the error only: never the address or the text.
    logger.warn("Notice mail refused; retried later", { mailId: mail.mailId, attempts, error });
    if (attempts >= MAX_ATTEMPTS) return mails.markFailed(mail.sub, mail.mailId, attempts, "gave up");
    const dueAt = new Date(deps.clock().getTime() + retryDelayMs(attempts)).toISOString();
    await mails.scheduleRetry({ ...mail, attempts, dueAt });
    return "failed" as const;
  }
  recordMail("sent");
  await mails.markSent(mail.sub, mail.mailId, attempts);
  return "sent" as const;
}

/** Claims the mail and sends it once; "duplicate" when it was claimed before. */
export async function sendOnce(
  deps: Deps,
  mailer: NoticeMailer,
  mail: OutboxMail,
  to: string,
): Promise<"sent" | "failed" | "duplicate"> {
  if (!(await mailRepository(deps).claim(mail.sub, mail.mailId))) return "duplicate";
  return sendClaimed(deps, mailer, mail, to);
}

/** The first attempt of a mail the caller has claimed. */
export async function sendClaimed(deps: Deps, mailer: NoticeMailer, mail: OutboxMail, to: string) {
  return (await attempt(deps, mailer, mail, to, 1)) === "sent" ? ("sent" as const) : ("failed" as const);
}

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
  const profiles = profileRepository(deps);
  const result = { sent: 0, failed: 0 };
  for (let handled = 0; handled < SWEEP_MAX;) {
    const due: MailRetry[] = await mails.dueRetries(deps.clock().toISOString(), SWEEP_PAGE);
    if (due.length === 0) break;
    for (const retry of due) {
      handled += 1;
      if (!(await mails.takeRetry(retry))) continue;
      const profile = await profiles.get(retry.sub);
      if (!profile?.email || profile.notify === "off") {
        await mails.markFailed(retry.sub, retry.mailId, retry.attempts, "no longer wanted");
        continue;
      }
      const outcome = await attempt(deps, mailer, retry, profile.email, retry.attempts + 1);
      if (outcome !== "sent") return { ...result, failed: result.failed + 1 };
      result.sent += 1;
    }
  }
  return result;
}
