import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordImportRows, recordMatch, recordReferral } from "../../shared/observability/metrics.ts";

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Each EMF line as { dimensions, metric values }. */
const emf = () =>
  lines.map((line) => {
    const { _aws, ...rest } = JSON.parse(line);
    const [directive] = _aws.CloudWatchMetrics;
    expect(directive.Namespace).toBe("Passung");
    return rest as Record<string, unknown>;
  });

describe("Passung's figures as EMF", () => {
  it("on Lambda: one line per event, counts and the stage's service dimension only", () => {
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "passung-matches");
    vi.stubEnv("POWERTOOLS_SERVICE_NAME", "passung-prod");
    recordMatch(7);
    recordMatch(0);
    recordReferral("accepted");
    recordImportRows(40);
    expect(emf()).toEqual([
      { service: "passung-prod", Matches: 1, MatchResults: 7, ZeroResultMatches: 0 },
      { service: "passung-prod", Matches: 1, MatchResults: 0, ZeroResultMatches: 1 },
      { service: "passung-prod", outcome: "accepted", Referrals: 1 },
      { service: "passung-prod", ImportRows: 40 },
    ]);
  });

  it("writes nothing outside Lambda (local runtime, tests) or when switched off", () => {
    recordMatch(3);
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "passung-matches");
    vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "true");
    recordReferral("proposed");
    expect(lines).toEqual([]);
  });
});
