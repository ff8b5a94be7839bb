import type { NoticeMailer } from "./mail-sender.ts";
import { sesMailSender } from "./ses-sender.ts";

let cached: NoticeMailer | undefined;

/**
 * The mailer of a function that mails (the stream consumer, the mail schedule): SES as the sender
 * identity MAIL_FROM, links to WEB_URL (both set by infra/notification-mail.ts). Without them there
 * is none and notices are not mailed (e.g. a stack deployed without a sender).
 */
export function sesNoticeMailer(env: NodeJS.ProcessEnv = process.env): NoticeMailer | undefined {
  if (!env.MAIL_FROM || !env.WEB_URL) return undefined;
  cached ??= { sender: sesMailSender(env.MAIL_FROM, env.AWS_REGION), webUrl: env.WEB_URL };
  return cached;
}
