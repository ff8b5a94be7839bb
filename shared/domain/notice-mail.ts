/**
 * The German e-mails for notices (pure; no AWS, no clock). A mail repeats the notice's own text,
 * which is written without personal data (a case number at most, never a referral's message),
 * under a fixed subject per type, and links to the page — nothing else about the case.
 */
export interface MailNotice {
  type: string;
  text: string;
  /** A path of the web pages, e.g. /betrieb/vorschlaege. */
  link: string;
  createdAt: string;
}

export interface MailContent {
  subject: string;
  text: string;
}

const SUBJECTS: Readonly<Record<string, string>> = {
  "referral.proposed": "Neuer Vorschlag",
  "referral.accepted": "Vorschlag angenommen",
  "referral.declined": "Vorschlag abgelehnt",
  "referral.withdrawn": "Vorschlag zurückgezogen",
  "candidate.newMatches": "Neue passende Angebote",
  "employer.measureDue": "Maßnahme fällig",
  "referral.decisionLinkFailed": "Link an das Unternehmen nicht zugestellt",
};

/** A digest lists at most this many notices; the rest are counted and waiting in the inbox. */
export const DIGEST_LIMIT = 50;

const GREETING = "Guten Tag,";
const footer = (webUrl: string) =>
  [
    "",
    "--",
    "Passung – Qualifizierungen und Mentoring im IQ-Netzwerk",
    `E-Mail-Einstellungen ändern: ${pageUrl(webUrl, "/konto")}`,
  ].join("\n");

/** Only a path of our own pages: anything else (another host, `//evil`) becomes the start page. */
export function pageUrl(webUrl: string, link: string): string {
  const path = /^\/(?!\/)[^\s\\]*$/.test(link) ? link : "/";
  return `${webUrl.replace(/\/+$/, "")}${path}`;
}

/** One line, bounded: the text is ours, but a mail must never grow with a quoted title. */
const line = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
};

const BERLIN = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : `${BERLIN.format(date)} Uhr`;
};

/** The mail for one notice, sent at once (`notify: immediately`). */
export function noticeMail(notice: MailNotice, webUrl: string): MailContent {
  return {
    subject: `Passung: ${SUBJECTS[notice.type] ?? "Neue Benachrichtigung"}`,
    text: [
      GREETING,
      "",
      line(notice.text),
      "",
      `Ansehen: ${pageUrl(webUrl, notice.link)}`,
      footer(webUrl),
    ].join("\n"),
  };
}

/** The daily digest (`notify: daily`): the notices oldest first, at most DIGEST_LIMIT of them. */
export function digestMail(notices: readonly MailNotice[], webUrl: string): MailContent {
  const sorted = [...notices].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const listed = sorted.slice(0, DIGEST_LIMIT);
  const count = notices.length;
  const noun = count === 1 ? "neue Benachrichtigung" : "neue Benachrichtigungen";
  const more = count - listed.length;
  return {
    subject: `Passung: ${count} ${noun}`,
    text: [
      GREETING,
      "",
      `seit der letzten Zusammenfassung ${count === 1 ? "gibt es eine" : `gibt es ${count}`} ${noun}:`,
      "",
      ...listed.flatMap((notice) => [
        `- ${when(notice.createdAt)}: ${line(notice.text)}`,
        `  ${pageUrl(webUrl, notice.link)}`,
      ]),
      ...(more > 0
        ? ["", `… und ${more} weitere. Alle stehen in Ihrem Posteingang: ${pageUrl(webUrl, "/")}`]
        : []),
      footer(webUrl),
    ].join("\n"),
  };
}
