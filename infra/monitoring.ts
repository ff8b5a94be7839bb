import { CfnOutput, Duration } from "aws-cdk-lib";
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  ConcreteWidget,
  Dashboard,
  type IAlarm,
  type IWidget,
  type MathExpression,
  type Metric,
  TextWidget,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { ALARM_THRESHOLDS, type AlarmName } from "./alarm-thresholds.ts";
import type { StageConfig } from "./stage.ts";

export interface PassungMonitoringProps {
  stage: StageConfig;
  /** E-mail subscriptions of the alarm topic (stage.ts alarmRecipients). */
  alarmEmails: readonly string[];
}

/** `apiServerErrorRate` → `api-server-error-rate`: alarm names and the runbook's headings. */
export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The stage's alarm topic, its alarms and its dashboard `Passung-<stage>`. Plain CloudWatch
 * constructs rather than cdk-monitoring-constructs (see docs/operations.md "Why plain CloudWatch
 * constructs"): the thresholds stay in alarm-thresholds.ts, each alarm is exactly the
 * CloudFormation the tests pin, and the app needs no 10 MB construct library for ~25 alarms.
 *
 * Resources register themselves (monitoring-watch.ts): `watchApi`, `watchFunctions`, `watchTable`
 * now; `watchMail` and `watchStreamConsumer` when the notifications issue adds SES and the
 * stream consumer. Every alarm notifies the topic when it fires and when it recovers.
 */
export class PassungMonitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];
  readonly stageName: string;

  constructor(scope: Construct, id: string, { stage, alarmEmails }: PassungMonitoringProps) {
    super(scope, id);
    this.stageName = stage.name;
    this.topic = new Topic(this, "AlarmTopic", {
      displayName: `Passung ${stage.name} alarms`,
      enforceSSL: true,
    });
    for (const email of alarmEmails) this.topic.addSubscription(new EmailSubscription(email));

    this.dashboard = new Dashboard(this, "Dashboard", {
      dashboardName: `Passung-${stage.name}`,
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Passung ${stage.name}\nAlarms and what to do: docs/operations.md. Thresholds and why: infra/alarm-thresholds.ts.`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(new AllAlarmsWidget(() => this.alarms));
    new CfnOutput(this, "AlarmTopicArn", { key: "AlarmTopicArn", value: this.topic.topicArn });
    new CfnOutput(this, "DashboardName", { key: "DashboardName", value: `Passung-${stage.name}` });
  }

  /**
   * The alarm `Passung-<stage>-<name>[-<subject>]` on `metric` with the threshold, periods and
   * reason of ALARM_THRESHOLDS[name].
   */
  alarm(name: AlarmName, metric: Metric | MathExpression, subject?: string): Alarm {
    const limit = ALARM_THRESHOLDS[name];
    const alarmName = [`Passung-${this.stageName}`, kebab(name), subject].filter(Boolean).join("-");
    const alarm = new Alarm(this, alarmName, {
      alarmName,
      alarmDescription: `${limit.reason} Runbook: docs/operations.md#${kebab(name)}`,
      metric: metric.with({ period: Duration.minutes(limit.periodMinutes) }),
      threshold: limit.threshold,
      evaluationPeriods: limit.evaluationPeriods,
      datapointsToAlarm: limit.datapointsToAlarm,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No requests, no mails, no batches: nothing is wrong.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }

  /** One dashboard row. */
  addRow(...widgets: IWidget[]): void {
    this.dashboard.addWidgets(...widgets);
  }
}

/**
 * The state of every alarm, at the top of the dashboard. Rendered at synthesis, so alarms that
 * resources add after the dashboard was created (the stream consumer's, SES's) are listed too.
 */
class AllAlarmsWidget extends ConcreteWidget {
  constructor(private readonly alarms: () => readonly IAlarm[]) {
    super(24, 4);
  }

  toJson(): unknown[] {
    const widget = new AlarmStatusWidget({
      title: "Alarms",
      alarms: [...this.alarms()],
      width: 24,
      height: 4,
    });
    widget.position(this.x ?? 0, this.y ?? 0);
    return widget.toJson();
  }
}
