import nodemailer from "nodemailer";
import type { MailSender } from "../shared/mail/mail-sender.ts";

/**
 * SMTP as the mail port, for the local runtime and tests only (the mail catcher started by
 * local/mail-catcher.ts): nodemailer is a dev dependency and never part of a Lambda bundle.
 * Short timeouts, so a stopped catcher fails a send in about a second and the outbox retries it.
 */
export function smtpMailSender(options: { host: string; port: number; from: string }): MailSender {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 1500,
    greetingTimeout: 1500,
    socketTimeout: 3000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
