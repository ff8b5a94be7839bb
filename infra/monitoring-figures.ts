import { Duration } from "aws-cdk-lib";
import { type Alarm, GraphWidget, type IMetric, Metric } from "aws-cdk-lib/aws-cloudwatch";
import {
  METRIC,
  METRICS_NAMESPACE,
  REFERRAL_OUTCOMES,
  serviceName,
} from "../shared/observability/metric-names.ts";
import type { PassungMonitoring } from "./monitoring.ts";

/** A dashboard graph; `alarms` draw their thresholds into it. */
export const graph = (title: string, left: IMetric[], alarms: Alarm[] = [], width = 6) =>
  new GraphWidget({
    title,
    left,
    leftAnnotations: alarms.map((alarm) => alarm.toAnnotation()),
    width,
    height: 6,
  });

/** One of Passung's own EMF metrics (shared/observability/metric-names.ts) of this stage. */
export const businessMetric = (
  stage: string,
  metricName: string,
  statistic = "Sum",
  dimensions: Record<string, string> = {},
) =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: serviceName(stage), ...dimensions },
    statistic,
    period: Duration.hours(1),
  });

/** What the functions report about the work done (no alarms: these are figures, not faults). */
export function watchBusinessFigures(monitoring: PassungMonitoring): void {
  const stage = monitoring.stageName;
  monitoring.addRow(
    graph("Match searches, zero results (per hour)", [
      businessMetric(stage, METRIC.matches),
      businessMetric(stage, METRIC.zeroResultMatches),
    ]),
    graph("Results per match (average)", [businessMetric(stage, METRIC.matchResults, "Average")]),
    graph(
      "Referrals by outcome (per hour)",
      REFERRAL_OUTCOMES.map((outcome) => businessMetric(stage, METRIC.referrals, "Sum", { outcome })),
    ),
    graph("Imported rows (per hour)", [businessMetric(stage, METRIC.importRows)]),
  );
}
