import { Validations } from "aws-cdk-lib";
import { type ISecret, Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import type { Target } from "../shared/domain/statistics-targets.ts";

/**
 * The statistics function's settings: the network's targets, and the secret behind the cell keys
 * (shared/domain/statistics-protection.ts). The secret is generated once by Secrets Manager and
 * never rotated: a new secret would round every published figure anew, and comparing old and new
 * figures is exactly the differencing the cell keys prevent. The function reads it at run time
 * (once per container, shared/runtime-secret.ts) and may read only this secret; its value is never
 * in an environment variable or the template.
 */
export function statisticsSettings(
  scope: Construct,
  targets: readonly Target[],
): { environment: Record<string, string>; secrets: Record<string, ISecret> } {
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
    environment: { STATISTICS_TARGETS: JSON.stringify(targets) },
    secrets: { STATISTICS_KEY_SECRET: secret },
  };
}
