import { Validations } from "aws-cdk-lib";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import type { Target } from "../shared/domain/statistics-targets.ts";

/**
 * The statistics function's settings: the network's targets, and the secret behind the cell keys
 * (shared/domain/statistics-protection.ts). The secret is generated once by Secrets Manager and
 * never rotated: a new secret would round every published figure anew, and comparing old and new
 * figures is exactly the differencing the cell keys prevent. It reaches the function as a
 * deploy-time reference, so no code path reads Secrets Manager on a cold start.
 */
export function statisticsSettings(scope: Construct, targets: readonly Target[]): Record<string, string> {
  const secret = new Secret(scope, "StatisticsKeySecret", {
    description:
      "Passung: secret of the statistics cell keys (never rotate: see infra/statistics-settings.ts)",
    generateSecretString: { passwordLength: 48, excludePunctuation: true },
  });
  Validations.of(secret).acknowledge({
    id: "AwsSolutions-SMG4",
    reason: "Never rotated by design: a new cell-key secret would let old and new figures be differenced.",
  });
  return {
    STATISTICS_KEY_SECRET: secret.secretValue.unsafeUnwrap(),
    STATISTICS_TARGETS: JSON.stringify(targets),
  };
}
