import { isoDate, postalCode, text } from "./common.ts";
import * as z from "./z.ts";

/** WZ 2008 sections (Abschnitte) A–U. */
export const WZ_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
/** EU SME bands by staff: micro < 10, small < 50, medium < 250, large ≥ 250. */
export const EMPLOYER_SIZES = ["micro", "small", "medium", "large"] as const;
export const SESSION_FORMATS = ["on-site", "online", "phone"] as const;
export const COUNSELLING_TOPICS = [
  "recognition",
  "skilled-immigration",
  "onboarding",
  "intercultural-competence",
  "anti-discrimination",
  "language-at-work",
  "mentoring",
  "funding",
  "retention",
] as const;
export const MEASURE_STATUSES = ["agreed", "in-progress", "done", "dropped"] as const;
export type CounsellingTopic = (typeof COUNSELLING_TOPICS)[number];
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];
export type WzSection = (typeof WZ_SECTIONS)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const sector = z.enum(WZ_SECTIONS, "WZ-2008-Abschnitt: ein Buchstabe A–U");
export const employerSize = z.enum(EMPLOYER_SIZES, `Größenklasse: ${EMPLOYER_SIZES.join(", ")}`);
export const counsellingTopic = z.enum(
  COUNSELLING_TOPICS,
  `Unbekanntes Thema; möglich: ${COUNSELLING_TOPICS.join(", ")}`,
);
export const sessionFormat = z.enum(SESSION_FORMATS, `Format: ${SESSION_FORMATS.join(", ")}`);
export const measureStatus = z.enum(MEASURE_STATUSES, `Status: ${MEASURE_STATUSES.join(", ")}`);

/** The company's contact person: stored only with the date they agreed to it (Art. 6 (1) a DSGVO). */
export const employerContact = z.strictObject({
  name: text(1, 120),
  email: z.optional(z.email().check(z.maxLength(254))),
  phone: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(40),
        z.regex(/^\+?[0-9][0-9 ()/-]{2,39}$/, "Telefonnummer aus Ziffern, z. B. +49 341 123456"),
      ),
  ),
  consentDate: isoDate,
});
export type EmployerContact = z.infer<typeof employerContact>;

const fields = {
  /** The company's name (a company, not a person: shown in notices of its own organisation). */
  name: text(2, 160),
  sector,
  size: employerSize,
  postalCode,
  contact: employerContact,
  /** The employer's own Passung organisation (an `employer` organisation), when it has one. */
  org: z.string().check(z.maxLength(100)),
};

/** POST /employers. */
export const employerInput = z.strictObject({
  name: fields.name,
  sector,
  size: employerSize,
  postalCode,
  contact: z.optional(employerContact),
  org: z.optional(fields.org),
});
export type EmployerInput = z.infer<typeof employerInput>;

/** PATCH /employers/{id}: the fields sent change; `contact: null` or `org: null` removes them. */
export const employerPatch = z.partial(
  z.strictObject({
    ...fields,
    contact: z.nullable(employerContact),
    org: z.nullable(fields.org),
  }),
);
export type EmployerPatch = z.infer<typeof employerPatch>;

/** An employer record as its counselling organisation reads it (nobody else reads it). */
export const employer = z.object({
  id: z.string(),
  /** The counselling organisation that keeps the record. */
  counsellingOrg: z.string(),
  name: z.string(),
  sector,
  size: employerSize,
  postalCode,
  district: z.object({ code: z.string(), name: z.string() }),
  contact: z.optional(employerContact),
  org: z.optional(z.string()),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Employer = z.infer<typeof employer>;

/** GET /employers: `q` finds names by a word's beginning, ignoring case and diacritics. */
export const employerListQuery = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});
export const employerList = z.object({ items: z.array(employer), nextCursor: z.optional(z.string()) });
