import { Duration } from "aws-cdk-lib";
import { Metric } from "aws-cdk-lib/aws-cloudwatch";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { METRIC } from "../shared/observability/metric-names.ts";
import type { PassungMonitoring } from "./monitoring.ts";
import { businessMetric, graph } from "./monitoring-figures.ts";
import { watchFunctions } from "./monitoring-watch.ts";

/*
 * Alarms for what the notifications issue adds (SES and the table's change stream), called by the
 * stack that holds the PassungMonitoring (the stateless stack) with its resources:
 *
 *   watchStreamConsumer(stateless.monitoring, { consumer, failedBatches: onFailureQueue });
 *   watchMail(stateless.monitoring);
 *
 * test/infra/monitoring.test.ts builds them on stand-ins; notification-stream.test.ts on the stack.
 */

const FIVE_MINUTES = Duration.minutes(5);

/** SES account reputation: bounce and complaint rates (fractions, AWS/SES, no dimensions). */
const reputation = (metricName: "Reputation.BounceRate" | "Reputation.ComplaintRate", label: string) =>
  new Metric({ namespace: "AWS/SES", metricName, statistic: "Maximum", label, period: Duration.hours(1) });

/** SES bounces and complaints, plus the mails the consumer reports sent and failed. */
export function watchMail(monitoring: PassungMonitoring): void {
  const bounces = reputation("Reputation.BounceRate", "Bounce rate");
  const complaints = reputation("Reputation.ComplaintRate", "Complaint rate");
  const bounceAlarm = monitoring.alarm("mailBounceRate", bounces);
  const complaintAlarm = monitoring.alarm("mailComplaintRate", complaints);
  const stage = monitoring.stageName;
  monitoring.addRow(
    graph("SES bounce rate", [bounces], [bounceAlarm]),
    graph("SES complaint rate", [complaints], [complaintAlarm]),
    graph("Notification mails (per hour)", [
      businessMetric(stage, METRIC.mailsSent),
      businessMetric(stage, METRIC.mailsFailed),
    ]),
  );
}

export interface StreamConsumer {
  /** The Lambda function behind the DynamoDB stream's event source mapping. */
  consumer: IFunction;
  /** The event source mapping's on-failure destination: one message per batch given up on. */
  failedBatches: IQueue;
}

/** The consumer's iterator age and failed batches, and its errors and throttles like every function's. */
export function watchStreamConsumer(
  monitoring: PassungMonitoring,
  { consumer, failedBatches }: StreamConsumer,
): void {
  watchFunctions(monitoring, new Map([["stream-consumer", consumer]]));
  const age = consumer.metric("IteratorAge", {
    statistic: "Maximum",
    label: "Iterator age (ms)",
    period: FIVE_MINUTES,
  });
  const failed = failedBatches.metricApproximateNumberOfMessagesVisible({
    statistic: "Maximum",
    label: "Failed batches waiting",
    period: FIVE_MINUTES,
  });
  const ageAlarm = monitoring.alarm("streamIteratorAge", age);
  const failedAlarm = monitoring.alarm("streamFailedBatches", failed);
  monitoring.addRow(
    graph("Stream consumer iterator age (ms)", [age], [ageAlarm]),
    graph("Stream batches in the failure queue", [failed], [failedAlarm]),
  );
}
