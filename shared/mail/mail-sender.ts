/**
 * The port through which notices leave as e-mail: Amazon SES on AWS (ses-sender.ts), SMTP to the
 * local mail catcher under `npm start` and in tests (local/smtp-sender.ts). Plain text only, in
 * German, with no personal data about candidates (a case number at most).
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  /** Resolves once the mail service accepted the mail; rejects when it did not (retried later). */
  send(mail: OutgoingMail): Promise<void>;
}

/** What sending notice mails needs: the port, and the web pages' address the mails link to. */
export interface NoticeMailer {
  sender: MailSender;
  /** e.g. https://passung.example.org (on AWS the web hosting's URL; locally the local server's). */
  webUrl: string;
}
