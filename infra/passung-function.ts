import { fileURLToPath } from "node:url";
import { Duration } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
  Runtime,
  Tracing,
} from "aws-cdk-lib/aws-lambda";
import { type ICommandHooks, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { GSIS } from "../shared/db/table-definition.ts";
import { METRICS_NAMESPACE, serviceName } from "../shared/observability/metric-names.ts";
import { REFERENCE_DATA_FILES } from "../shared/reference/data-files.ts";
import type { RouteGroupSettings } from "./route-groups.ts";
import type { StageConfig } from "./stage.ts";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Kept out of the bundle (bench/bundle.ts mirrors this); see `nodeModules` below. */
export const TRACER_PACKAGE = "@aws-lambda-powertools/tracer";

/** Lambda unpacks the bundle into /var/task (LAMBDA_TASK_ROOT); the data files go to its data/. */
export const REFERENCE_DATA_DIR = "/var/task/data";

/** afterBundling copies the reference data next to index.mjs, i.e. to /var/task/data at runtime. */
export const copyReferenceData: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir, outputDir) => [
    `mkdir -p "${outputDir}/data"`,
    ...REFERENCE_DATA_FILES.map((file) => `cp "${inputDir}/data/${file}" "${outputDir}/data/"`),
  ],
};

export interface PassungFunctionProps {
  /** functions/<group>/index.ts */
  group: string;
  settings: RouteGroupSettings;
  stage: StageConfig;
  table: ITable;
  /** The erasure log (stateful-stack.ts); used by groups with `logsErasures` only. */
  erasureLog?: ITable;
  /** Added to the defaults (e.g. the Cognito ids for groups that verify optional tokens). */
  environment?: Record<string, string>;
  /** What the function serves, for its description (default "routes"). */
  purpose?: string;
  /**
   * Secrets the code reads at run time (shared/runtime-secret.ts), by the name it asks for: the
   * function gets `<NAME>_ARN`, read access to exactly that secret and the Parameters and Secrets
   * extension, never the value in its environment.
   */
  secrets?: Record<string, ISecret>;
}

/**
 * One route group's Lambda function with every default in one place: Node.js 22 on arm64, an
 * ESM bundle with the AWS SDK inside (minified, source maps), its own log group, active X-Ray
 * tracing, and a role that may write that log group, send traces and only the group's table actions.
 */
export class PassungFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(
    scope: Construct,
    id: string,
    {
      group,
      settings,
      stage,
      table,
      erasureLog,
      environment,
      purpose = "routes",
      secrets = {},
    }: PassungFunctionProps,
  ) {
    super(scope, id);
    this.logGroup = new LogGroup(this, "Logs", {
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs go to this log group only.
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Passung ${stage.name} ${group} function`,
    });
    this.logGroup.grantWrite(this.role);
    const usesTable = settings.tableActions.length > 0;
    if (usesTable) {
      // The table and its named indexes (shared/db/table-definition.ts), not `index/*`.
      const indexes = GSIS.map((gsi) => `${table.tableArn}/index/${gsi.indexName}`);
      this.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: [...settings.tableActions], resources: [table.tableArn, ...indexes] }),
      );
    }

    if (settings.logsErasures && !erasureLog)
      throw new Error(`${group} erases candidates: give it the erasure log`);
    const logsErasures = settings.logsErasures && erasureLog ? erasureLog : undefined;
    // Writing entries is all it may do there: no read, no delete (the reapply runs with an operator's rights).
    logsErasures?.grant(this.role, "dynamodb:PutItem");
    for (const secret of Object.values(secrets)) secret.grantRead(this.role);
    const secretArns = Object.fromEntries(
      Object.entries(secrets).map(([name, secret]) => [`${name}_ARN`, secret.secretArn]),
    );

    this.function = new NodejsFunction(this, "Handler", {
      description: `Passung ${group} ${purpose}`,
      entry: `${REPO_ROOT}functions/${group}/index.ts`,
      handler: "handler",
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: settings.memorySize,
      timeout: Duration.seconds(settings.timeoutSeconds),
      ...(stage.reserveConcurrency ? { reservedConcurrentExecutions: settings.reservedConcurrency } : {}),
      role: this.role,
      logGroup: this.logGroup,
      // Adds xray:PutTraceSegments/PutTelemetryRecords on "*" (X-Ray has no resource ARNs; nag.ts).
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: "--enable-source-maps",
        LOG_LEVEL: "info",
        // Powertools: the `service` of every log line and metric, and the metrics' namespace.
        POWERTOOLS_SERVICE_NAME: serviceName(stage.name),
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        ...(usesTable ? { TABLE_NAME: table.tableName } : {}),
        ...(logsErasures ? { ERASURE_LOG_TABLE: logsErasures.tableName } : {}),
        ...(settings.referenceData ? { REFERENCE_DATA_DIR } : {}),
        ...secretArns,
        ...environment,
      },
      // AWS's extension reads Secrets Manager for the code (localhost:2773) and keeps the value.
      ...(Object.keys(secrets).length > 0 && {
        paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
          logLevel: ParamsAndSecretsLogLevel.WARN,
        }),
      }),
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // The SDK version we test with, not whichever the runtime happens to ship.
        bundleAwsSDK: true,
        // The Tracer and the X-Ray SDK under it (~120 KB minified) load only on Lambda with tracing
        // on (shared/observability/tracing.ts): installed next to the bundle, not inside it, so the
        // bundle keeps its 600 KB budget and untraced cold starts never parse them.
        nodeModules: [TRACER_PACKAGE],
        mainFields: ["module", "main"],
        // CommonJS dependencies call require(); ESM has none, so give them one.
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
        ...(settings.referenceData ? { commandHooks: copyReferenceData } : {}),
      },
    });
  }
}
