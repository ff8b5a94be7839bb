/**
 * Every alarm threshold of Passung, in one place, each with the one-line reason for its value.
 * An alarm fires when its figure reaches `threshold` (>=) in `datapointsToAlarm` of the last
 * `evaluationPeriods` periods of `periodMinutes`. infra/monitoring*.ts build the alarms from these;
 * docs/operations.md says what to do when one fires. Periods without data never alarm.
 */
export interface AlarmThreshold {
  threshold: number;
  periodMinutes: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  /** Why this value, in one line. */
  reason: string;
}

/** Names follow the alarms (`Passung-<stage>-<kebab-case of the key>`). */
export const ALARM_THRESHOLDS = {
  /** Percent of API requests answered 5xx (by API Gateway or the function). */
  apiServerErrorRate: {
    threshold: 2,
    periodMinutes: 5,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    reason:
      "Bad input answers 4xx; a 5xx is a crash, timeout or throttle, and 2 % in two of three 5-minute windows is a fault, not one unlucky request.",
  },
  /** Lambda `Errors` of one function (unhandled exceptions, timeouts), per period. */
  functionErrors: {
    threshold: 3,
    periodMinutes: 5,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "Handled errors answer problem+json and never count here; three crashes or timeouts in 5 minutes are a pattern, a single one shows on the dashboard.",
  },
  /** Lambda `Throttles` of one function, per period. */
  functionThrottles: {
    threshold: 1,
    periodMinutes: 5,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "Each throttle is a refused request, and reserved concurrency is sized above route throttles × duration (route-groups.ts): any throttle means the sizing is off.",
  },
  /** p99 of API Gateway's `Latency` of POST /matches, milliseconds. */
  matchLatencyP99: {
    threshold: 3000,
    periodMinutes: 5,
    evaluationPeriods: 3,
    datapointsToAlarm: 3,
    reason:
      "A match is ~9 Queries and ranking (bench p99 < 0.3 s locally, cold starts ~1 s); 3 s for 15 minutes is a coach waiting on every search, not a cold start.",
  },
  /** DynamoDB `ThrottledRequests`, summed over the operations the functions send. */
  tableThrottles: {
    threshold: 10,
    periodMinutes: 5,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "On-demand tables throttle only past twice the previous peak or on a hot partition; the SDK retries a few, ten in 5 minutes reach callers.",
  },
  /** DynamoDB `SystemErrors` (its own HTTP 500s), summed over the operations. */
  tableSystemErrors: {
    threshold: 5,
    periodMinutes: 5,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "DynamoDB's own 500s, retried by the SDK; a handful in 5 minutes points to an AWS incident (AWS Health Dashboard) rather than noise.",
  },
  /** SES `Reputation.BounceRate` of the account (a fraction). */
  mailBounceRate: {
    threshold: 0.02,
    periodMinutes: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "SES reviews an account at 5 % bounces and may pause sending at 10 %: 2 % leaves time to fix addresses.",
  },
  /** SES `Reputation.ComplaintRate` of the account (a fraction). */
  mailComplaintRate: {
    threshold: 0.0005,
    periodMinutes: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "SES reviews an account at 0.1 % complaints and may pause sending at 0.5 %: half the review rate warns first.",
  },
  /** Lambda `IteratorAge` (maximum) of the stream consumer, milliseconds. */
  streamIteratorAge: {
    threshold: 5 * 60_000,
    periodMinutes: 5,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    reason:
      "Notifications should leave within a minute or two and stream records expire after 24 h: 5 minutes behind for 10 minutes means the consumer is stuck.",
  },
  /** Messages in the stream consumer's on-failure queue (each one a batch given up on). */
  streamFailedBatches: {
    threshold: 1,
    periodMinutes: 5,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    reason:
      "A batch in the failure queue is notifications that never went out; replay it before its records leave the stream (24 h).",
  },
} as const satisfies Record<string, AlarmThreshold>;

export type AlarmName = keyof typeof ALARM_THRESHOLDS;

/** Only windows with at least this many requests count for the 5xx rate: 1 of 3 at night is no outage. */
export const MIN_REQUESTS_FOR_ERROR_RATE = 10;
