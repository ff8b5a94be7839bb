import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { PassungAuth } from "./auth.ts";
import type { StageConfig } from "./stage.ts";
import type { StatelessStack } from "./stateless-stack.ts";

/**
 * cdk-nag's AwsSolutions pack as a validation plugin of the whole app (cdk-nag 3 runs on CDK's
 * Validations, not as an Aspect): any finding not acknowledged here fails `cdk synth` and
 * `npm test`. Each acknowledgement sits on the narrowest construct with its reason in one line.
 */
export function applyNagChecks(
  app: App,
  { auth, api, stage }: { auth: PassungAuth; api: StatelessStack; stage: StageConfig },
): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

  if (!stage.mfaRequired)
    Validations.of(auth.userPool).acknowledge({
      id: "AwsSolutions-COG2",
      reason: "Dev only: disposable test accounts; MFA (TOTP) is offered. Prod requires it (infra/stage.ts).",
    });
  Validations.of(auth.userPool).acknowledge({
    id: "AwsSolutions-COG8",
    reason:
      "Plus (threat protection) bills every monthly user without free tier; Essentials, strong passwords and MFA suffice for a few hundred admin-made accounts.",
  });

  for (const route of api.publicRoutes) {
    Validations.of(route).acknowledge({
      id: "AwsSolutions-APIG4",
      reason:
        "Public by design (route table auth none/optional): health, API description, reference data, published offers; the function checks optional tokens.",
    });
  }

  Validations.of(api.notificationStream.failedBatches).acknowledge({
    id: "AwsSolutions-SQS3",
    reason:
      "This queue is the stream consumer's on-failure destination (a dead-letter queue itself); it holds batch positions for a person to look at.",
  });

  const scheduled = api.mail ? [api.mail.schedule] : [];
  for (const fn of [...api.functions.values(), api.notificationStream.consumer, ...scheduled]) {
    Validations.of(fn.function).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "nodejs22.x is the runtime the project pins and tests against; moving to a newer one is a deliberate change, not a lint fix.",
    });
    Validations.of(fn.role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "Active tracing: xray:PutTraceSegments and PutTelemetryRecords support no resource ARNs, so X-Ray requires Resource *.",
    });
  }
}
