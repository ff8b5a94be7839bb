import { createHmac, timingSafeEqual } from "node:crypto";

/** How long the company's contact may use a decision link (PRODUCT.md: valid 14 days). */
export const DECISION_LINK_DAYS = 14;
const DAY_SECONDS = 86_400;

/** What a decision link stands for: one referral, until `expiresAt` (epoch seconds), one use (`nonce`). */
export interface DecisionClaim {
  referralId: string;
  expiresAt: number;
  nonce: string;
}

/** Ids and nonces are ULIDs or similar: letters, digits, `_` and `-`, never the separator `.`. */
const PART = /^[A-Za-z0-9_-]{1,64}$/;
const EXPIRY = /^[1-9]\d{0,11}$/;

const payloadOf = (c: DecisionClaim) => `${c.referralId}.${c.expiresAt}.${c.nonce}`;
const signatureOf = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(payload).digest("base64url");

/** The end of a link made at `now`: 14 days later, whole seconds. */
export const decisionLinkExpiry = (now: Date) =>
  Math.floor(now.getTime() / 1000) + DECISION_LINK_DAYS * DAY_SECONDS;

/** `<referralId>.<expiresAt>.<nonce>.<HMAC-SHA256 of the three, base64url>`: safe in a URL path. */
export function signDecisionClaim(secret: string, claim: DecisionClaim): string {
  if (!PART.test(claim.referralId) || !PART.test(claim.nonce) || !EXPIRY.test(String(claim.expiresAt)))
    throw new Error("A decision claim takes URL-safe ids and an expiry in epoch seconds");
  const payload = payloadOf(claim);
  return `${payload}.${signatureOf(secret, payload)}`;
}

/**
 * The claim a token carries, if its signature is the secret's over exactly these parts; undefined
 * for anything else (malformed, another secret, a changed id, expiry or nonce). Expiry is not
 * checked here: an expired link is told apart from a forged one (isExpired).
 */
export function readDecisionToken(secret: string, token: string): DecisionClaim | undefined {
  const parts = token.split(".");
  if (parts.length !== 4) return undefined;
  const [referralId = "", expiry = "", nonce = "", signature = ""] = parts;
  if (!PART.test(referralId) || !EXPIRY.test(expiry) || !PART.test(nonce)) return undefined;
  const claim = { referralId, expiresAt: Number(expiry), nonce };
  const expected = Buffer.from(signatureOf(secret, payloadOf(claim)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return claim;
}

/** A link is usable up to and including its last second. */
export const isExpired = (claim: Pick<DecisionClaim, "expiresAt">, now: Date) =>
  Math.floor(now.getTime() / 1000) > claim.expiresAt;
