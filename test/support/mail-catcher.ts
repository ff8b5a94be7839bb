import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MailCatcher, startMailCatcher } from "../../local/mail-catcher.ts";
import { smtpMailSender } from "../../local/smtp-sender.ts";
import type { NoticeMailer } from "../../shared/mail/mail-sender.ts";

/** A mail as MailDev's REST API (`GET /api/email`) lists it; only what tests look at. */
export interface CaughtMail {
  subject: string;
  text: string;
  to: { address: string }[];
  from: { address: string }[];
}

export const TEST_WEB_URL = "http://127.0.0.1:3000";
export const TEST_MAIL_FROM = "Passung <benachrichtigung@passung.example.org>";

/** A real MailDev on free ports (own mail directory), and the SMTP mailer that sends into it. */
export async function testMailCatcher(ports: { smtpPort?: number; webPort?: number } = {}) {
  const catcher: MailCatcher = await startMailCatcher({
    ...ports,
    mailDirectory: await mkdtemp(join(tmpdir(), "passung-mail-")),
  });
  const mailer: NoticeMailer = {
    sender: smtpMailSender({ host: "127.0.0.1", port: catcher.smtpPort, from: TEST_MAIL_FROM }),
    webUrl: TEST_WEB_URL,
  };
  return { catcher, mailer };
}

/** The mails the catcher holds for `to`, oldest first, read over its REST API. */
export async function mailsTo(catcher: MailCatcher, to: string): Promise<CaughtMail[]> {
  const response = await fetch(`${catcher.webUrl}/api/email`);
  if (!response.ok) throw new Error(`MailDev answered ${response.status}`);
  const all = (await response.json()) as CaughtMail[];
  return all.filter((mail) => mail.to.some((recipient) => recipient.address === to));
}
