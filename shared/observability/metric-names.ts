/**
 * Names of Passung's own figures, shared by the functions (Powertools Metrics writes them as EMF
 * log lines) and the dashboard (infra/monitoring-dashboard.ts draws them): one spelling, so a
 * renamed metric cannot leave an empty graph behind. Counts only — never an id, a name or any other
 * field of a candidate, neither as a value nor as a dimension.
 */

/** CloudWatch namespace of every Passung metric. */
export const METRICS_NAMESPACE = "Passung";

/**
 * Powertools' `service` (a dimension of every metric and a field of every log line): one per stage,
 * so dev and prod deployed into one account never add up.
 */
export const serviceName = (stage: string): string => `passung-${stage}`;

export const METRIC = {
  /** One per match search (POST /matches, GET /candidates/{id}/matches). */
  matches: "Matches",
  /** Offers + places one search returned; its average is the results per match. */
  matchResults: "MatchResults",
  /** Searches that found nothing at all: a coach left without an offer. */
  zeroResultMatches: "ZeroResultMatches",
  /** Referral transitions, with the dimension `outcome` (REFERRAL_OUTCOMES). */
  referrals: "Referrals",
  /** Rows of CSV imports that were written (dry runs and refused files count none). */
  importRows: "ImportRows",
  /** Notice mails the mail service took / refused (each refused attempt counts; retried with backoff). */
  mailsSent: "NotificationMailsSent",
  mailsFailed: "NotificationMailsFailed",
} as const;

export const REFERRAL_OUTCOMES = ["proposed", "accepted", "declined", "withdrawn"] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
