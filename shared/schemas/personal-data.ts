/**
 * Referral messages travel to another organisation before anyone agreed to a hand-off, so they
 * must not carry contact data. This rule spots text that looks like a phone number, an e-mail
 * address or a postal address (street + house number, or postal code + town). It errs towards
 * refusing: a coach can always rephrase, a leaked phone number cannot be taken back.
 */
export type PersonalDataKind = "phone" | "email" | "address";

const EMAIL = /[\p{L}\p{N}._%+-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/iu;
/** 6+ digits in a row once separators (space, /, -, ., parentheses) are dropped, optionally with +. */
const PHONE = /(\+|\b00|\b0)\d[\d\s/().-]{4,}\d/u;
const STREET =
  /[\p{L}-]*(straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig)\s+\d{1,4}\s?[a-z]?\b/iu;
const POSTAL_TOWN = /\b\d{5}\s+\p{Lu}[\p{L}-]{2,}/u;

const digitsIn = (text: string) => text.replace(/\D/g, "").length;

/** Dates ("am 01.03.2026", "12.03.") are fine: they are dropped before looking for phone numbers. */
const DATE = /\b\d{1,2}\.\d{1,2}\.(\d{4}|\d{2})?/gu;

function looksLikePhone(text: string): boolean {
  for (const match of text.replace(DATE, " ").matchAll(new RegExp(PHONE.source, "gu"))) {
    if (digitsIn(match[0]) >= 6) return true;
  }
  return false;
}

/** The first kind of personal data the text seems to contain, or undefined. */
export function findPersonalData(text: string): PersonalDataKind | undefined {
  if (EMAIL.test(text)) return "email";
  if (looksLikePhone(text)) return "phone";
  if (STREET.test(text) || POSTAL_TOWN.test(text)) return "address";
  return undefined;
}

const WHY: Record<PersonalDataKind, string> = {
  phone: "die Nachricht enthält etwas, das wie eine Telefonnummer aussieht",
  email: "die Nachricht enthält etwas, das wie eine E-Mail-Adresse aussieht",
  address: "die Nachricht enthält etwas, das wie eine Anschrift aussieht",
};

export const MAX_MESSAGE_LENGTH = 500;

/** The German reason a message is refused, or undefined when it may be sent. */
export function messageProblem(text: string): string | undefined {
  if (text.length > MAX_MESSAGE_LENGTH) return `Höchstens ${MAX_MESSAGE_LENGTH} Zeichen.`;
  const kind = findPersonalData(text);
  return kind
    ? `Bitte keine persönlichen Daten: ${WHY[kind]}. Kontaktdaten erhalten beide Seiten nach der Zusage.`
    : undefined;
}
