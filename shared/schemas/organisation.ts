import { text } from "./common.ts";
import * as z from "./z.ts";

/** The `org` of accounts and items (Cognito's `custom:org`): a slug, never shown to people. */
export const ORG_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const ORGANISATION_KINDS = ["coaching", "employer", "provider", "network"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const website = z
  .string()
  .check(
    z.maxLength(300),
    z.regex(
      /^https?:\/\/[^\s/]+\.[^\s]+$/,
      "Webadresse mit http:// oder https://, z. B. https://example.org",
    ),
  );

/** PUT /organisations/{org}: the whole description (a replacement). */
export const organisationInput = z.strictObject({
  name: text(2, 160),
  kind: z.enum(ORGANISATION_KINDS),
  district: z.optional(text(2, 120)),
  website: z.optional(website),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisation = z.object({
  org: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  district: z.optional(z.string()),
  website: z.optional(z.string()),
  version: z.int(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationListQuery = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

/** Another organisation as a page shows it: its name next to the slug the data keys on. */
export const organisationRef = z.object({ org: z.string(), name: z.string() });

export const NOTIFY_CHOICES = ["immediately", "daily", "off"] as const;

/** PUT /me: a staff member's work contact and notification wish (never a candidate's data). */
export const profileInput = z.strictObject({
  name: z.optional(text(1, 120)),
  email: z.optional(z.email().check(z.maxLength(254))),
  phone: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(40),
        z.regex(/^\+?[0-9][0-9 ()/-]{2,39}$/, "Telefonnummer aus Ziffern, z. B. +49 521 123456"),
      ),
  ),
  notify: z._default(z.enum(NOTIFY_CHOICES), "immediately"),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const profile = z.object({
  sub: z.string(),
  org: z.string(),
  role: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  notify: z.enum(NOTIFY_CHOICES),
  /** The own organisation's name, when it is known. */
  orgName: z.optional(z.string()),
  version: z.int(),
  updatedAt: z.optional(z.string()),
});
export type Profile = z.infer<typeof profile>;
