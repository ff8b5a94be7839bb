import * as z from "./z.ts";

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Monat im Format JJJJ-MM, z. B. 2026-03"));

export const statisticsQuery = z.strictObject({
  from: z.optional(month),
  to: z.optional(month),
  by: z._default(z.enum(["district", "state", "occupationGroup", "month"]), "district"),
});

/** People-related figures: multiples of 5 by cell-key rounding (shared/domain/statistics-protection.ts). */
const shown = z.number();

const reportRow = z.object({
  key: z.string(),
  label: z.string(),
  offers: z.nullable(z.number()),
  places: z.nullable(z.number()),
  seats: z.nullable(z.number()),
  seatsTaken: z.nullable(z.number()),
  referrals: z.object({ proposed: shown, accepted: shown, declined: shown, withdrawn: shown }),
  matchSearches: shown,
  zeroResultSearches: shown,
  qualificationsStarted: shown,
  qualificationsCompleted: shown,
  recognitionsFull: shown,
  employmentStarted: shown,
  employmentAdequate: shown,
  /** Qualifications begun in IQ-funded offers (what IQ targets count). */
  iqQualificationsStarted: shown,
});

/**
 * The network's figures, and — for everyone but admins — the caller's own organisation's (`own`,
 * exact and current). Non-admins read the network as of the last closed month (`asOf`), so their
 * own new events never move a figure they can read; admins read it current (`asOf`: this month).
 */
export const statisticsReport = z.object({
  from: z.string(),
  to: z.string(),
  by: z.string(),
  scope: z.enum(["network", "organisation"]),
  /** The last month the network figures include (YYYY-MM). */
  asOf: month,
  rows: z.array(reportRow),
  totals: z.record(z.string(), z.unknown()),
  suppressed: z.number(),
  /** The caller's own organisation: exact figures of from..to up to now; no stock. */
  own: z.optional(z.object({ rows: z.array(reportRow), totals: z.record(z.string(), z.unknown()) })),
});

/** GET /statistics/targets: the deployment's promises and how far the network got. */
export const statisticsTargets = z.object({
  /** The last month the network's `reached` includes: the last closed month for non-admins. */
  asOf: month,
  targets: z.array(
    z.object({
      figure: z.string(),
      label: z.string(),
      target: z.number(),
      from: z.string(),
      to: z.string(),
      /** Rounded by cell key like every count of people. */
      reached: z.number(),
      share: z.number(),
      /** The caller's own organisation's count, exact and current (not for admins). */
      own: z.optional(z.number()),
    }),
  ),
});

/** GET /statistics/demand: unmet demand (topics no saved plan covers) by topic or by district. */
export const demandQuery = z.strictObject({
  by: z._default(z.enum(["topic", "district"]), "topic"),
  from: z.optional(month),
  to: z.optional(month),
  /** One Berufsgruppe (3 digits of the KldB, e.g. 813). */
  occupation: z.optional(
    z.string().check(z.regex(/^\d{3}$/, "Berufsgruppe: drei Ziffern der KldB, z. B. 813")),
  ),
});

export const demandReport = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(["topic", "district"]),
  /** The last month counted: network figures for coaches and providers are those of closed months. */
  asOf: z.string(),
  scope: z.literal("network"),
  rows: z.array(
    z.object({
      /** by=topic: "<Berufsgruppe>|<topic key>"; by=district: the district's code. */
      key: z.string(),
      label: z.string(),
      /** Cases (candidates) with the topic uncovered, once per month: a multiple of 5 by cell key. */
      needs: z.number(),
      group: z.optional(z.string()),
      groupLabel: z.optional(z.string()),
    }),
  ),
  totals: z.object({ needs: z.number() }),
  /** Topics left out: fewer than 3 cases, or a figure rounded to 0 (a typed topic never names one person). */
  suppressed: z.number(),
});
