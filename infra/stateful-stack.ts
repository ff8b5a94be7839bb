import { Stack, type StackProps } from "aws-cdk-lib";
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import {
  ERASURE_LOG_KEY,
  GSIS,
  STREAM_VIEW_TYPE,
  TABLE_KEYS,
  TTL_ATTRIBUTE,
} from "../shared/db/table-definition.ts";
import type { StageConfig } from "./stage.ts";

export interface StatefulStackProps extends StackProps {
  stage: StageConfig;
}

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * What holds data and must outlive code deployments: the one DynamoDB table, shaped by
 * shared/db/table-definition.ts like the local one. A separate stateless stack (functions, API)
 * receives `table` and can be replaced freely.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  /**
   * The erasure log (shared/db/erasure-log.ts): a table of its own, because a point-in-time restore
   * restores one table — restoring the main table leaves this one as it is, and
   * `npm run erasures:reapply` repeats its erasures on the restored table. Kept like the data.
   */
  readonly erasureLog: Table;

  constructor(scope: Construct, id: string, { stage, ...props }: StatefulStackProps) {
    super(scope, id, { terminationProtection: stage.protectData, ...props });
    this.table = new Table(this, "Table", {
      partitionKey: stringKey(TABLE_KEYS.partitionKey),
      sortKey: stringKey(TABLE_KEYS.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // Notifications react to changes (the stateless stack's stream consumer).
      stream: StreamViewType[STREAM_VIEW_TYPE],
      removalPolicy: stage.removalPolicy,
      deletionProtection: stage.protectData,
    });
    this.erasureLog = new Table(this, "ErasureLog", {
      partitionKey: stringKey(ERASURE_LOG_KEY),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Entries outlive the main table's restore window, then expire (ERASURE_LOG_DAYS).
      timeToLiveAttribute: TTL_ATTRIBUTE,
      removalPolicy: stage.removalPolicy,
      deletionProtection: stage.protectData,
    });
    for (const gsi of GSIS) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: stringKey(gsi.partitionKey),
        sortKey: stringKey(gsi.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
