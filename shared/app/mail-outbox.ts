import type { MailContent } from "../domain/notice-mail.ts";
import { mailRepository } from "../db/mail-repository.ts";
import { logger } from "../logger.ts";
import type { NoticeMailer } from "../mail/mail-sender.ts";
import { recordMail } from "../observability/metrics.ts";
import type { Deps } from "../runtime.ts";
import { mailRefusal } from "../mail/mail-refusal.ts";

/**
 * Sends each notice mail at most once, and keeps every mail the service refused for later.
 *
 * The marker is written BEFORE sending (a conditional put, the claim): a stream record delivered
 * again, a second digest run or a second sweep finds it taken and sends nothing. Writing it after
 * sending would mail twice whenever the function fails between the two. The price: a process that
 * dies after the claim and before it learns the outcome leaves the mail unsent (at most once, not
 * at least once) — the notice itself is in the inbox regardless. A failure the code sees (service
 * down, throttled, refused) is not lost: the marker turns to `retry` and a retry entry keeps the
 * mail until it is due; the sweep sends it with exponential backoff, 12 attempts over ≈ 16 hours.
 */
export const MAX_ATTEMPTS = 12;
const MINUTE_MS = 60_000;
/** Before attempt n+1: 1, 2, 4 … minutes, at most 4 hours. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** (attempts - 1) * MINUTE_MS, 240 * MINUTE_MS);

export interface OutboxMail extends MailContent {
  sub: string;
  /** `N#<noticeId>` for one notice, `D#<day>` for a day's digest. */
  mailId: string;
  /** The candidate a notice's mail names, if any: its retry entry is erased with it. */
  candidateId?: string;
}

/**
 * After a refusal the service counts as down for a minute in this container: further mails go
 * straight to the retry queue instead of each waiting for SES's timeouts, so a stream batch of 100
 * notices finishes inside the consumer's timeout even while SES does not answer.
 */
const PAUSE_AFTER_REFUSAL_MS = MINUTE_MS;
let pausedUntil = 0;

class ServicePaused extends Error {
  override name = "ServicePaused";
}

/** One attempt; on failure the retry is scheduled (or the mail given up after MAX_ATTEMPTS). */
export async function attempt(
  deps: Deps,
  mailer: NoticeMailer,
  mail: OutboxMail,
  to: string,
  attempts: number,
) {
  const mails = mailRepository(deps);
  try {
    if (deps.clock().getTime() < pausedUntil) throw new ServicePaused("refused a moment ago");
    await mailer.sender.send({ to, subject: mail.subject, text: mail.text });
  } catch (error) {
    if (!(error instanceof ServicePaused)) pausedUntil = deps.clock().getTime() + PAUSE_AFTER_REFUSAL_MS;
    recordMail("failed");
    // The mail id and the kind of refusal only: never the address, the text or the error's message.
    logger.warn("Notice mail refused; retried later", {
      mailId: mail.mailId,
      attempts,
      ...mailRefusal(error),
    });
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
