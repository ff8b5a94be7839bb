import type { Context } from "aws-lambda";
import { sendDigests } from "../../shared/app/mail-digest.ts";
import { sendDueRetries } from "../../shared/app/mail-retries.ts";
import { notifyDueMeasures } from "../../shared/app/measure-due.ts";
import { logger, withLambdaContext } from "../../shared/logger.ts";
import { sesNoticeMailer } from "../../shared/mail/ses-mailer.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

/** The EventBridge rules' input (infra/notification-mail.ts): which job this run does. */
export interface MailJob {
  job: "digest" | "retries" | "measures-due";
}

/**
 * Scheduled mail jobs: the daily digest (`notify: daily`), every few minutes the retries of mails
 * the service refused, and every hour the `employer.measureDue` notices of overdue measures
 * (mailed like every notice by the stream's mail reaction). Counts only in the log, never an
 * address or a text.
 */
export const handler = (event: MailJob, context: Context) =>
  withLambdaContext(context, async () => {
    const mail = sesNoticeMailer();
    if (!mail) throw new Error("MAIL_FROM and WEB_URL must be set");
    const deps = { ...depsFromEnv(), mail };
    const result =
      event.job === "digest"
        ? await sendDigests(deps, mail)
        : event.job === "measures-due"
          ? await notifyDueMeasures(deps)
          : await sendDueRetries(deps, mail);
    logger.info("Mail job done", { job: event.job, ...result });
    return result;
  });
