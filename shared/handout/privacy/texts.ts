import type { ConsentScope } from "../../schemas/consent.ts";

/**
 * Everything the information notice (Art. 13 DSGVO, GET /privacy-notice) says, in one language
 * (one reviewed file per language, as the handout's; nothing is translated at run time). `{name}`
 * marks a value the renderer fills in.
 */
export interface PrivacyNoticeTexts {
  title: string;
  intro: string;
  /** `{version}`, `{date}` */
  version: string;
  controllerHeading: string;
  /** `{name}`: the counselling organisation. */
  controller: string;
  /** When the organisation has no display name yet. */
  controllerUnnamed: string;
  /** `{name}`: the adviser. */
  adviser: string;
  website: string;
  phone: string;
  email: string;
  dataHeading: string;
  /** What is stored: a pseudonymous profile, no name or address. */
  data: string;
  purposesHeading: string;
  /** The purpose of each scope the candidate may agree to. */
  scopes: Record<ConsentScope, string>;
  legalBasisHeading: string;
  legalBasis: string;
  /** Art. 7(3): withdrawal at any time, and what it does. */
  withdrawal: string;
  recipientsHeading: string;
  recipientPartners: string;
  recipientContact: string;
  recipientProcessors: string;
  retentionHeading: string;
  /** `{months}` */
  retention: string;
  rightsHeading: string;
  rights: string;
  complaint: string;
  consentHeading: string;
  consentNote: string;
  signature: string;
}
