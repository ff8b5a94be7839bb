import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { METRIC, METRICS_NAMESPACE, type ReferralOutcome } from "./metric-names.ts";

/**
 * Passung's own figures as CloudWatch EMF lines (Powertools Metrics): counts only, never an id or
 * any field of a candidate. Each call writes one EMF line at once through its own Metrics
 * instance, so concurrent requests never share a buffer and no handler has to flush. Only on
 * Lambda (the local runtime, tests and benchmarks write none); POWERTOOLS_METRICS_DISABLED=true
 * switches them off there too. Dashboard: infra/monitoring-figures.ts.
 */
const enabled = () =>
  Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME) && process.env.POWERTOOLS_METRICS_DISABLED !== "true";

function emit(record: (metrics: Metrics) => void, dimensions: Record<string, string> = {}): void {
  if (!enabled()) return;
  const metrics = new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "passung-local",
  });
  for (const [name, value] of Object.entries(dimensions)) metrics.addDimension(name, value);
  record(metrics);
  metrics.publishStoredMetrics();
}

/** One match search and how many offers and places it returned (0: a zero-result search). */
export function recordMatch(results: number): void {
  emit((metrics) => {
    metrics.addMetric(METRIC.matches, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.matchResults, MetricUnit.Count, results);
    metrics.addMetric(METRIC.zeroResultMatches, MetricUnit.Count, results === 0 ? 1 : 0);
  });
}

/** A referral reached `outcome` (proposed, accepted, declined, withdrawn). */
export function recordReferral(outcome: ReferralOutcome): void {
  emit((metrics) => metrics.addMetric(METRIC.referrals, MetricUnit.Count, 1), { outcome });
}

/** Rows a CSV import wrote (created + updated; dry runs and refused files record nothing). */
export function recordImportRows(rows: number): void {
  emit((metrics) => metrics.addMetric(METRIC.importRows, MetricUnit.Count, rows));
}

/** A notice mail the mail service took (`sent`) or refused (`failed`: retried later, or given up). */
export function recordMail(outcome: "sent" | "failed"): void {
  emit((metrics) =>
    metrics.addMetric(outcome === "sent" ? METRIC.mailsSent : METRIC.mailsFailed, MetricUnit.Count, 1),
  );
}
