import { availability } from "./availability.ts";
import {
  contact,
  GERMAN_LEVELS,
  germanLevel,
  isoDate,
  languages,
  location,
  locationInput,
  occupations,
  systemFields,
  text,
} from "./common.ts";
import { repeatedIndex, sortedDates } from "./recognition-checks.ts";
import { topicKey } from "../vocabulary/topic.ts";
import { hours, LEARNING_KINDS, reportIssues, topic } from "./recognition.ts";
import { validIn } from "./state.ts";
import * as z from "./z.ts";

/**
 * `adaptation-course`: an Anpassungsqualifizierung (non-regulated occupations, BBiG/HwO: voluntary,
 * closes the differences of a partial equivalence). `adaptation-period` (issue 27): the legal
 * Anpassungslehrgang, a compensation measure of a regulated profession set in the Bescheid (the
 * plan's measure of the same name); Kenntnis- and Eignungsprüfung are prepared by `*-prep`.
 */
export const OFFER_KINDS = [
  "adaptation-course",
  "knowledge-exam-prep",
  "aptitude-test-prep",
  "on-the-job-adaptation",
  "language-course",
  "bridge-course",
  "other",
  "adaptation-period",
] as const;
export const OFFER_FORMATS = ["in-person", "online", "hybrid"] as const;
/**
 * How a course can be paid for. The Anerkennungszuschuss is gone (issue 27): it pays the
 * recognition procedure's costs, not courses; stored offers that named it lose it when read
 * (domain/funding.ts), and old CSV files that name it still import without it.
 */
export const FUNDING = ["bildungsgutschein", "iq-funded", "employer", "self-pay", "other"] as const;

export const MAX_MODULES = 30;

export const MAX_MODULE_TOPICS = 20;

/** The first repeat of a list, named at its index. */
const repeated =
  <T>(key: (value: T) => string, path: (index: number) => (string | number)[], message: string) =>
  (values: readonly T[]) => {
    const index = repeatedIndex(values, key);
    return index === undefined ? [] : [{ path: path(index), message }];
  };

/**
 * A part of an offer that can be booked alone (issue 28): the topics it teaches (the words a
 * Bescheid uses for its differences; normalised, each once), its hours and kind, and its start
 * dates where known (stored sorted, each once).
 */
export const offerModule = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/, "Modul-ID: 1–32 Buchstaben, Ziffern, - oder _")),
  // "|" separates a module's parts in the CSV file (shared/csv/module-cells.ts).
  title: text(3, 200).check(
    z.regex(/^[^|]*$/, "Ein Modultitel ohne „|“ (trennt die Teile eines Moduls in der CSV-Datei)"),
  ),
  topics: z
    .array(topic)
    .check(
      z.minLength(1),
      z.maxLength(MAX_MODULE_TOPICS),
      z.superRefine(
        reportIssues(
          repeated(
            topicKey,
            (i) => [i],
            "Jedes Thema nur einmal angeben (Groß-/Kleinschreibung zählt nicht)",
          ),
        ),
      ),
    ),
  hours,
  kind: z.enum(LEARNING_KINDS),
  startDates: z.optional(z.array(isoDate).check(z.maxLength(24), z.overwrite(sortedDates))),
});
export type OfferModule = z.infer<typeof offerModule>;

const fields = {
  /** The organisation's own key for the item (CSV import: column "Externe ID"). */
  externalId: z.optional(text(1, 100)),
  title: text(3, 200),
  description: text(0, 5000),
  provider: z.strictObject({ name: text(1, 200), url: z.optional(z.url({ protocol: /^https?$/ })) }),
  occupations,
  kind: z.enum(OFFER_KINDS),
  format: z.enum(OFFER_FORMATS),
  location: z.optional(locationInput),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  rolling: z.boolean(),
  fullTime: z.boolean(),
  durationWeeks: z.optional(z.int().check(z.minimum(1), z.maximum(520))),
  germanLevel: z.optional(germanLevel),
  /** Language courses: the German level the course leads to (not below `germanLevel`). */
  targetGermanLevel: z.optional(germanLevel),
  languages,
  funding: z.array(z.enum(FUNDING)),
  costEur: z.optional(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  seats: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
  contact,
  /** Bundesländer where the offer leads to recognition (state law); absent: everywhere. */
  validIn: z.optional(validIn),
  modules: z.optional(
    z.array(offerModule).check(
      z.maxLength(MAX_MODULES),
      z.superRefine(
        reportIssues(
          repeated(
            (m: OfferModule) => m.id,
            (i) => [i, "id"],
            "Modul-ID doppelt angegeben",
          ),
        ),
      ),
    ),
  ),
};

/** PATCH body: any subset; the merged result is validated again with the POST rules. */
export const qualificationOfferPatch = z.extend(z.partial(z.strictObject(fields)), {
  status: z.optional(z.enum(["draft", "published", "archived"])),
});

/** POST body. An offer that is not online needs a location; `end` may not precede `start`. */
export const qualificationOfferInput = z
  .strictObject({
    ...fields,
    rolling: z._default(z.boolean(), false),
    fullTime: z._default(z.boolean(), false),
    languages: z._default(languages, []),
    funding: z._default(fields.funding, []),
    status: z._default(z.enum(["draft", "published"]), "draft"),
  })
  .check(
    z.refine((o) => o.format === "online" || o.location !== undefined, {
      message: "Ort (Postleitzahl) ist erforderlich, außer bei Online-Angeboten",
      path: ["location"],
    }),
    z.refine((o) => !o.start || !o.end || o.end >= o.start, {
      message: "Ende liegt vor dem Beginn",
      path: ["end"],
    }),
    z.refine(
      (o) =>
        !o.targetGermanLevel ||
        !o.germanLevel ||
        GERMAN_LEVELS.indexOf(o.targetGermanLevel) >= GERMAN_LEVELS.indexOf(o.germanLevel),
      { message: "Zielniveau liegt unter dem Einstiegsniveau (Deutschniveau)", path: ["targetGermanLevel"] },
    ),
  );
export type QualificationOfferInput = z.infer<typeof qualificationOfferInput>;

const storedFields = {
  ...systemFields,
  ...fields,
  location: z.optional(location),
  /** Confirmed enrolments (accepted referrals); absent on offers stored before referrals to offers. */
  acceptedCount: z.optional(z.int()),
  /** The organisation's display name, in answers (never stored). */
  orgName: z.optional(z.string()),
};

/** As stored, and as its organisation (and admins) see it. */
export const qualificationOffer = z.object(storedFields);
export type QualificationOffer = z.infer<typeof qualificationOffer>;

/**
 * A published offer as anyone else reads it (anonymous callers, coaches, other providers): no
 * count of people — `availability` ("free"|"few"|"full") instead of `acceptedCount`.
 */
const { acceptedCount: _count, ...publicFields } = storedFields;
export const qualificationOfferPublic = z.object({ ...publicFields, availability });
export type QualificationOfferPublic = z.infer<typeof qualificationOfferPublic>;

/** A read answer is exactly one of the two views. */
export const qualificationOfferView = z.xor([qualificationOffer, qualificationOfferPublic]);
