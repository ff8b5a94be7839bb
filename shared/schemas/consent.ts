import { HANDOUT_LANGUAGES } from "./handout.ts";
import { isoDate } from "./common.ts";
import * as z from "./z.ts";

/**
 * What a candidate agrees to (PRODUCT.md "Consent, participation and the funder's figures"):
 * `store` keeps the profile at all, `share-profile` lets referrals show the pseudonymous profile to
 * a partner, `share-contact-after-acceptance` lets the hand-off name how to reach the candidate,
 * `esf-data` allows the ESF Plus fields.
 */
export const CONSENT_SCOPES = [
  "store",
  "share-profile",
  "share-contact-after-acceptance",
  "esf-data",
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const consentScope = z.enum(
  CONSENT_SCOPES,
  `Unbekannter Umfang; möglich: ${CONSENT_SCOPES.join(", ")}`,
);

/** What a version of the information notice looks like (also its `X-Notice-Version` header). */
export const NOTICE_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/;
/** The version of the information notice (GET /privacy-notice) the candidate read, e.g. "2026-12". */
export const noticeVersion = z
  .string()
  .check(z.regex(NOTICE_VERSION_PATTERN, "Version des Informationsblatts, z. B. 2026-12"));

/** POST /candidates/{id}/consents: one step while the candidate reads the notice. */
export const consentInput = z.strictObject({
  version: noticeVersion,
  date: isoDate,
  scopes: z.array(consentScope).check(
    z.minLength(1, "Mindestens einen Umfang angeben"),
    z.refine((s) => new Set(s).size === s.length, "Jeder Umfang nur einmal"),
  ),
  language: z.enum(HANDOUT_LANGUAGES, `Unbekannte Sprache; unterstützt: ${HANDOUT_LANGUAGES.join(", ")}`),
});
export type ConsentInput = z.infer<typeof consentInput>;

/** DELETE /candidates/{id}/consents/{scope}: the withdrawal's date (default: today). */
export const consentWithdrawal = z.strictObject({ date: z.optional(isoDate) });

/** One scope as recorded on the candidate (current state; a withdrawn scope keeps its dates). */
export const consent = z.object({
  scope: consentScope,
  version: z.string(),
  date: isoDate,
  language: z.enum(HANDOUT_LANGUAGES),
  recordedAt: z.string(),
  withdrawn: z.optional(z.object({ date: isoDate, recordedAt: z.string() })),
});
export type Consent = z.infer<typeof consent>;

/** One entry of the consent history (GET /candidates/{id}/export): each grant and each withdrawal. */
export const consentEvent = z.discriminatedUnion("action", [
  z.object({
    scope: consentScope,
    action: z.literal("given"),
    version: z.string(),
    language: z.enum(HANDOUT_LANGUAGES),
    date: isoDate,
    recordedAt: z.string(),
  }),
  z.object({ scope: consentScope, action: z.literal("withdrawn"), date: isoDate, recordedAt: z.string() }),
]);
export type ConsentEvent = z.infer<typeof consentEvent>;
