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

/** POST body. `status` may be draft (default) or published. */
export const mentoringPlaceInput = z
  .strictObject({
    ...fields,
    languages: z._default(languages, []),
    status: z._default(z.enum(["draft", "published"]), "draft"),
  })
  .check(
    z.refine((p) => !p.availableUntil || p.availableUntil >= p.availableFrom, {
      message: "Ende liegt vor dem Beginn",
      path: ["availableUntil"],
    }),
  );
export type MentoringPlaceInput = z.infer<typeof mentoringPlaceInput>;

/** As stored; other organisations' readers get it without `contact` (the mentor's details stay private). */
export const mentoringPlace = z.object({
  ...systemFields,
  ...fields,
  contact: z.optional(contact),
  location,
  acceptedCount: z.int(),
});
export type MentoringPlace = z.infer<typeof mentoringPlace>;
