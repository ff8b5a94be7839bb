import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { traced } from "../observability/tracing.ts";
import type { MailSender } from "./mail-sender.ts";

/**
 * Amazon SES (v2 API) as the mail port. `from` is the stack's sender identity (an address, or an
 * address of the verified domain); the function's role may send only as that identity. The
 * client gives up fast (2 attempts of at most 3 s): a mail that SES does not take is retried
 * later from the outbox (shared/app/mail-outbox.ts), never by holding up the stream.
 */
export function sesMailSender(from: string, region?: string): MailSender {
  const client = traced(
    new SESv2Client({
      ...(region ? { region } : {}),
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 1000, requestTimeout: 3000, throwOnRequestTimeout: true },
    }),
  );
  return {
    async send(mail) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: "UTF-8" },
              Body: { Text: { Data: mail.text, Charset: "UTF-8" } },
            },
          },
        }),
      );
    },
  };
}
