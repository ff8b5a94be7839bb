import {
  AGE_BANDS,
  EMPLOYMENT_AT_ENTRY,
  EXIT_REASONS,
  FOLLOWUP_STATUSES,
  GENDERS,
  ISCED_LEVELS,
} from "./participation.ts";
import * as z from "./z.ts";

export const PARTICIPANT_GROUPINGS = ["quarter", "district", "occupationGroup"] as const;
export type ParticipantGroupBy = (typeof PARTICIPANT_GROUPINGS)[number];

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Monat im Format JJJJ-MM, z. B. 2026-03"));

/** GET /statistics/participants: from..to in months (default: the twelve up to this one), grouped. */
export const participantsQuery = z.strictObject({
  from: z.optional(month),
  to: z.optional(month),
  by: z._default(
    z.enum(PARTICIPANT_GROUPINGS, `Gruppierung: ${PARTICIPANT_GROUPINGS.join(", ")}`),
    "quarter",
  ),
  /** `csv` for the funder's report (as `Accept: text/csv`). */
  format: z.optional(z.enum(["json", "csv"], "Format: json oder csv")),
});

/** Counts of people: multiples of 5 by cell key in the network's figures, exact in `own`. */
const people = z.number();
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, people])) as Record<K, typeof people>);

const figures = {
  /** Persons who entered in the period (`entryDate`). */
  entries: people,
  /** Persons who entered up to the period's end and had not left before it began. */
  active: people,
  /** Persons who began a qualification in an offer funded by IQ (`funding` includes `iq-funded`). */
  inIqQualification: people,
  qualificationCompleted: people,
  recognitionFull: people,
  /** Persons who began a job at least at their reference occupation's Anforderungsniveau. */
  employmentAdequate: people,
  /**
   * Persons erased (DELETE, withdrawal of `store`, retention run out) in the period while still
   * active, without an exit ever recorded: no exit reason, but no longer active after the period.
   */
  erasedWithoutExit: people,
  exits: z.object({ total: people, ...countsOf(EXIT_REASONS).shape }),
  /** The six-month follow-up, by its status. */
  followup: countsOf(FOLLOWUP_STATUSES),
  /** ESF Plus breakdowns of the period's entries (only persons who consented have data). */
  esf: z.object({
    withData: people,
    withoutData: people,
    ageBand: countsOf(AGE_BANDS),
    gender: countsOf(GENDERS),
    employmentAtEntry: countsOf(EMPLOYMENT_AT_ENTRY),
    isced: countsOf(ISCED_LEVELS),
    thirdCountryNational: countsOf(["yes", "no"] as const),
  }),
};

const row = z.object({ key: z.string(), label: z.string(), ...figures });
const table = { rows: z.array(row), totals: z.object(figures) };

/**
 * People, not events: each person once per figure and period, counted where they entered
 * (district, Berufsgruppe). The network's figures are rounded by cell key and, for everyone but
 * admins, those of closed months (`asOf`); `own`, the caller's organisation, is exact and current.
 */
export const participantsReport = z.object({
  from: month,
  to: month,
  by: z.enum(PARTICIPANT_GROUPINGS),
  scope: z.literal("network"),
  asOf: month,
  ...table,
  own: z.optional(z.object(table)),
});
