import { availability } from "./availability.ts";
import {
  contact,
  germanLevel,
  isoDate,
  languages,
  location,
  locationInput,
  occupations,
  systemFields,
  text,
} from "./common.ts";
import * as z from "./z.ts";

export const PLACE_KINDS = [
  "hospitation",
  "internship",
  "on-the-job-adaptation",
  "mentoring-tandem",
] as const;

const fields = {
  /** The organisation's own key for the item (CSV import: column "Externe ID"). */
  externalId: z.optional(text(1, 100)),
  title: text(3, 200),
  description: text(0, 5000),
  occupations,
  capacity: z.int().check(z.minimum(1), z.maximum(1000)),
  availableFrom: isoDate,
  availableUntil: z.optional(isoDate),
  hoursPerWeek: z.optional(z.number().check(z.minimum(1), z.maximum(60))),
  kinds: z.array(z.enum(PLACE_KINDS)).check(z.minLength(1, "Mindestens eine Art angeben")),
  germanLevel: z.optional(germanLevel),
  languages,
  contact,
  location: locationInput,
};

/** PATCH body: any subset; the merged result is validated again with the POST rules. */
export const mentoringPlacePatch = z.extend(z.partial(z.strictObject(fields)), {
  status: z.optional(z.enum(["draft", "published", "archived"])),
});

/**
 * A counselling organisation's employer record the place is kept for (POST only; it never moves
 * to another employer). Set by coaches of `coaching`/`network` organisations, never by employers.
 */
const onBehalfOf = z.string().check(z.minLength(1), z.maxLength(64));

/** POST body. `status` may be draft (default) or published. */
export const mentoringPlaceInput = z
  .strictObject({
    ...fields,
    languages: z._default(languages, []),
    status: z._default(z.enum(["draft", "published"]), "draft"),
    onBehalfOf: z.optional(onBehalfOf),
  })
  .check(
    z.refine((p) => !p.availableUntil || p.availableUntil >= p.availableFrom, {
      message: "Ende liegt vor dem Beginn",
      path: ["availableUntil"],
    }),
  );
export type MentoringPlaceInput = z.infer<typeof mentoringPlaceInput>;

const storedFields = {
  ...systemFields,
  ...fields,
  location,
  acceptedCount: z.int(),
  /** The organisation's display name, in answers (never stored). */
  orgName: z.optional(z.string()),
  /** A place kept on behalf of an employer: the counselling organisation's employer record … */
  onBehalfOf: z.optional(z.string()),
  /** … and that employer's name, shown as the place's company (never its contact). */
  company: z.optional(z.string()),
};

/** As stored, and as its organisation (and admins) see it. */
export const mentoringPlace = z.object(storedFields);
export type MentoringPlace = z.infer<typeof mentoringPlace>;

/**
 * Another organisation's published place, as a coach reads it: the mentor's contact stays private,
 * and no count of people — `availability` ("free"|"few"|"full") instead of `acceptedCount`. A place
 * kept on behalf of an employer shows the employer's name (`company`), not which record it is.
 */
const { contact: _private, acceptedCount: _count, onBehalfOf: _record, ...publicFields } = storedFields;
export const mentoringPlaceForCoach = z.object({ ...publicFields, availability });
export type MentoringPlaceForCoach = z.infer<typeof mentoringPlaceForCoach>;

/** A read answer is exactly one of the two views. */
export const mentoringPlaceView = z.xor([mentoringPlace, mentoringPlaceForCoach]);
