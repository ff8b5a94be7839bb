import type { MailContent } from "./notice-mail.ts";

/** The web page the company's contact decides on; the token goes into the fragment (never sent to a server log). */
export const DECISION_PAGE_PATH = "/entscheidung";

export interface DecisionLinkMailFacts {
  /** The employer's contact person (the company's, who consented to be contacted). */
  contactName: string;
  /** The counselling organisation's display name, when it has one. */
  orgName?: string | undefined;
  placeTitle: string;
  /** The signed token (decision-token.ts). */
  token: string;
  /** Epoch seconds. */
  expiresAt: number;
  webUrl: string;
}

const DAY = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

const flat = (text: string, max: number) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/**
 * The mail to an employer's contact with the link to decide on a proposal (pure). Plain German,
 * nothing about the person proposed — not even a case number: the page shows the pseudonymous
 * profile once the link is opened. The link works once, for 14 days, without an account.
 */
export function decisionLinkMail(facts: DecisionLinkMailFacts): MailContent {
  const who = facts.orgName ? `Die Beratung ${flat(facts.orgName, 120)}` : "Ihre IQ-Beratung";
  const link = `${facts.webUrl.replace(/\/+$/, "")}${DECISION_PAGE_PATH}#${facts.token}`;
  return {
    subject: "Vorschlag für Ihren Mentoringplatz: bitte entscheiden",
    text: [
      `Guten Tag ${flat(facts.contactName, 120)},`,
      "",
      `${who} schlägt für Ihren Mentoringplatz „${flat(facts.placeTitle, 120)}“ eine Person vor.`,
      "Auf dieser Seite sehen Sie die wichtigsten Angaben (ohne Namen) und können zusagen oder absagen:",
      "",
      link,
      "",
      `Der Link gilt bis zum ${DAY.format(new Date(facts.expiresAt * 1000))} und nur für eine Entscheidung.`,
      "Sie brauchen kein Konto. Bitte leiten Sie diese E-Mail nicht weiter.",
      "",
      "--",
      "Passung – Qualifizierungen und Mentoring im IQ-Netzwerk",
    ].join("\n"),
  };
}

/** The coach's notice when the company's mail was refused: the company and the place, what to do. */
export const decisionLinkFailedText = (company: string, placeTitle: string) =>
  `Der Link zur Entscheidung über „${flat(placeTitle, 120)}“ konnte nicht an ${flat(company, 120)} ` +
  "zugestellt werden. Bitte prüfen Sie die E-Mail-Adresse der Ansprechperson und senden Sie den Link erneut.";
