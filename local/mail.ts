import { DIGEST_HOUR_UTC, sendDigests } from "../shared/app/mail-digest.ts";
import { sendDueRetries } from "../shared/app/mail-retries.ts";
import { notifyDueMeasures } from "../shared/app/measure-due.ts";
import { type Logger, withLambdaContext } from "../shared/logger.ts";
import type { NoticeMailer } from "../shared/mail/mail-sender.ts";
import type { Deps } from "../shared/runtime.ts";
import { lambdaContext } from "./function-runner.ts";
import { type MailCatcher, startMailCatcher } from "./mail-catcher.ts";
import { smtpMailSender } from "./smtp-sender.ts";

/** The sender the local mails come from (the SES identity's stand-in). */
export const LOCAL_MAIL_FROM = "Passung <benachrichtigung@passung.localhost>";

/**
 * `npm start`'s mail: MailDev on 127.0.0.1 (SMTP 1025, web 1080, or free ports when taken) and
 * the SMTP mailer that sends notices into it, linking to the local web pages.
 */
export async function startLocalMail(options: {
  mailDirectory: string;
  webUrl: string;
  smtpPort?: number;
  webPort?: number;
}): Promise<{ catcher: MailCatcher; mailer: NoticeMailer }> {
  const catcher = await startMailCatcher({
    mailDirectory: options.mailDirectory,
    smtpPort: options.smtpPort ?? 1025,
    webPort: options.webPort ?? 1080,
  });
  const sender = smtpMailSender({ host: "127.0.0.1", port: catcher.smtpPort, from: LOCAL_MAIL_FROM });
  return { catcher, mailer: { sender, webUrl: options.webUrl } };
}

/**
 * The stand-in for the AWS mail schedules: every `intervalMs` the due retries and the overdue
 * employer measures' notices, and from
 * DIGEST_HOUR_UTC on the day's digest (claimed once a day, so later ticks send nothing twice).
 * Returns a stop function that waits for a running tick.
 */
export function runMailSchedule(deps: Deps, mailer: NoticeMailer, log: Logger, intervalMs = 30_000) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // Each tick is an invocation of the mail schedule's function (functions/notice-mail): its lines say so.
  const tick = () => {
    running = withLambdaContext(lambdaContext("notice-mail", Date.now() + intervalMs), async () => {
      await sendDueRetries(deps, mailer);
      // The hourly measures-due job: each tick is cheap (one Query of the due index).
      await notifyDueMeasures(deps);
      if (deps.clock().getUTCHours() >= DIGEST_HOUR_UTC) await sendDigests(deps, mailer);
    })
      .catch((error: unknown) => log.warn("Mail schedule failed; next tick retries", { error }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
