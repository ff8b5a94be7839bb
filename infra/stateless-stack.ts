import { CfnOutput, Duration, Stack, type StackProps } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import type { Target } from "../shared/domain/statistics-targets.ts";
import { routeKey, routes } from "../shared/http/routes.ts";
import { PassungMonitoring } from "./monitoring.ts";
import { watchBusinessFigures } from "./monitoring-figures.ts";
import { WATCHED_ROUTE, watchApi, watchFunctions, watchTable } from "./monitoring-watch.ts";
import { PassungFunction } from "./passung-function.ts";
import { NotificationMail, warnNoMail } from "./notification-mail.ts";
import { NotificationStream } from "./notification-stream.ts";
import { watchStreamConsumer } from "./monitoring-notifications.ts";
import { statisticsSettings } from "./statistics-settings.ts";
import { DECISIONS_GROUP, decisionLinkSecrets } from "./decision-links.ts";
import { routeGroups, routeGroupSettings, verifiesTokens } from "./route-groups.ts";
import type { MailSetting, StageConfig } from "./stage.ts";
import { DEFAULT_ROUTE_THROTTLE, ROUTE_THROTTLES, routeThrottleSettings } from "./throttling.ts";

export interface StatelessStackProps extends StackProps {
  stage: StageConfig;
  table: ITable;
  /** The erasure log (stateful-stack.ts), written by the functions that erase candidates. */
  erasureLog: ITable;
  userPool: IUserPool;
  client: IUserPoolClient;
  /** Origins allowed by CORS (see webOrigins in stage.ts); never `*`. */
  webOrigins: readonly string[];
  /** Who gets the alarm mails (see alarmRecipients in stage.ts). */
  alarmEmails: readonly string[];
  /** The network's promised figures for GET /statistics/targets (see statisticsTargets in stage.ts). */
  statisticsTargets?: readonly Target[];
  /** Who notice mails come from (see mailSetting in stage.ts); none: no mail. */
  mail?: MailSetting;
  /** The candidates' retention period in months (see candidateRetentionMonths in stage.ts). */
  candidateRetentionMonths?: number;
}

/**
 * One JSON line per request; no claims, no bodies, and the route's template, never the raw path:
 * the path of GET/POST /decisions/{token} is a company's credential for 14 days.
 */
const ACCESS_LOG = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    time: "$context.requestTime",
    ip: "$context.identity.sourceIp",
    userAgent: "$context.identity.userAgent",
    routeKey: "$context.routeKey",
    status: "$context.status",
    responseLength: "$context.responseLength",
    latency: "$context.responseLatency",
    integrationLatency: "$context.integrationLatency",
    integrationError: "$context.integrationErrorMessage",
    authorizerError: "$context.authorizer.error",
    error: "$context.error.message",
  }),
);

/**
 * Code that can be replaced at any time: one Lambda function per route group behind an HTTP API
 * (payload format 2.0) whose routes are the route table's. Routes with auth "required" pass the
 * Cognito JWT authorizer; "none" and "optional" routes are public ("optional": the function
 * verifies a bearer token itself when one is sent, and answers more to a signed-in caller).
 */
export class StatelessStack extends Stack {
  readonly api: HttpApi;
  /** The `$default` stage's URL, ending in "/". */
  readonly apiUrl: string;
  readonly functions: ReadonlyMap<string, PassungFunction>;
  /** Routes without the authorizer, by design (route table auth "none" | "optional"). */
  readonly publicRoutes: HttpRoute[] = [];
  /** Alarm topic, alarms and dashboard; later resources register with monitoring-notifications.ts. */
  readonly monitoring: PassungMonitoring;
  /** The table's change stream consumer (notifications), its mapping and failure queue. */
  readonly notificationStream: NotificationStream;
  /** Notice mails (SES sender, digest and retry schedule); absent without -c mailFrom. */
  readonly mail: NotificationMail | undefined;

  constructor(
    scope: Construct,
    id: string,
    {
      stage,
      table,
      erasureLog,
      userPool,
      client,
      webOrigins,
      alarmEmails,
      statisticsTargets = [],
      mail,
      candidateRetentionMonths,
      ...props
    }: StatelessStackProps,
  ) {
    super(scope, id, props);
    const cognito = { COGNITO_USER_POOL_ID: userPool.userPoolId, COGNITO_CLIENT_ID: client.userPoolClientId };
    const statistics = statisticsSettings(this, statisticsTargets);
    const decisionLinks = decisionLinkSecrets(this);
    const secretsOf = (group: string) =>
      group === "statistics" ? statistics.secrets : group === DECISIONS_GROUP ? decisionLinks : undefined;
    this.functions = new Map(
      routeGroups().map((group) => {
        const secrets = secretsOf(group);
        const fn = new PassungFunction(this, `Fn-${group}`, {
          group,
          settings: routeGroupSettings(group),
          stage,
          table,
          erasureLog,
          environment: {
            ...(verifiesTokens(group) ? cognito : {}),
            ...(group === "statistics" ? statistics.environment : {}),
            // The functions that write candidates and their milestones set their expiry.
            ...(group === "candidates" && candidateRetentionMonths !== undefined
              ? { CANDIDATE_RETENTION_MONTHS: String(candidateRetentionMonths) }
              : {}),
          },
          ...(secrets && { secrets }),
        });
        return [group, fn];
      }),
    );

    // Notice mails through SES when the stack names a sender (-c mailFrom); else only the inbox.
    this.mail = mail
      ? new NotificationMail(this, "NoticeMail", { stage, table, setting: mail, webUrl: webOrigins[0] ?? "" })
      : undefined;
    if (!this.mail) warnNoMail(this);
    this.notificationStream = new NotificationStream(this, "NotificationStream", {
      stage,
      table,
      erasureLog,
      ...(this.mail ? { environment: this.mail.environment } : {}),
      // The mailed decision link is signed in the consumer (shared/app/decision-link-sending.ts).
      secrets: decisionLinks,
    });
    this.mail?.allowSending(this.notificationStream.consumer.role);

    this.api = new HttpApi(this, "Api", {
      apiName: `passung-${stage.name}`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...webOrigins],
        allowMethods: [...new Set(routes.map((route) => CorsHttpMethod[route.method]))],
        allowHeaders: ["authorization", "content-type", "if-match", "idempotency-key"],
        // x-next-cursor: the web page follows a paged CSV export; content-disposition names the file.
        exposeHeaders: ["etag", "location", "x-next-cursor", "content-disposition"],
        maxAge: Duration.hours(1),
      },
    });
    const stageResource = new HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      // Per route (each has its own bucket); expensive routes get smaller ones below.
      throttle: DEFAULT_ROUTE_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, "AccessLogs", {
            retention: stage.logRetention,
            removalPolicy: stage.removalPolicy,
          }),
        ),
        format: ACCESS_LOG,
      },
    });

    // ID tokens of the web client: `aud` is the app client id.
    const authorizer = new HttpJwtAuthorizer(
      "Cognito",
      `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`,
      { jwtAudience: [client.userPoolClientId] },
    );
    const integrations = new Map(
      [...this.functions].map(([group, fn]) => [
        group,
        new HttpLambdaIntegration(`Integration-${group}`, fn.function, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      ]),
    );
    // Route-level metrics (the p99 alarm of POST /matches) exist only with detailed metrics on.
    const watched = `${WATCHED_ROUTE.method} ${WATCHED_ROUTE.path}`;
    for (const route of routes) {
      const integration = integrations.get(route.group);
      if (!integration) throw new Error(`No function for route group ${route.group}`);
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.auth === "required" ? { authorizer } : {}),
      });
      if (added && route.auth !== "required") this.publicRoutes.push(added);
      // The stage's RouteSettings name routes by key: they must exist before the stage is updated.
      const key = routeKey(route);
      if (added && (key in ROUTE_THROTTLES || key === watched)) stageResource.node.addDependency(added);
    }
    const throttles = routeThrottleSettings(routes);
    (stageResource.node.defaultChild as CfnStage).routeSettings = {
      ...throttles,
      [watched]: { ...throttles[watched], DetailedMetricsEnabled: true },
    };

    this.monitoring = new PassungMonitoring(this, "Monitoring", { stage, alarmEmails });
    watchApi(this.monitoring, this.api, stageResource);
    watchFunctions(this.monitoring, new Map([...this.functions].map(([group, fn]) => [group, fn.function])));
    watchTable(this.monitoring, table);
    watchBusinessFigures(this.monitoring);
    watchStreamConsumer(this.monitoring, {
      consumer: this.notificationStream.consumer.function,
      failedBatches: this.notificationStream.failedBatches,
    });
    this.mail?.watch(this.monitoring);

    this.apiUrl = stageResource.url;
    new CfnOutput(this, "ApiUrl", { key: "ApiUrl", value: this.apiUrl });
  }
}
