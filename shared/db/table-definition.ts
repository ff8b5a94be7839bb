/**
 * The one table's physical shape, shared by the CDK stack, the local runtime and the tests so
 * they cannot drift. Key contents are built only in keys.ts.
 */
export const TABLE_KEYS = { partitionKey: "PK", sortKey: "SK" } as const;

/**
 * Overloaded, sparse GSIs (what each holds: keys.ts). GSI1: an organisation's own items.
 * GSI2: published lists and an employer's incoming referrals. GSI3: a candidate's referrals.
 */
export const GSIS = [
  { indexName: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
  { indexName: "GSI2", partitionKey: "GSI2PK", sortKey: "GSI2SK" },
  { indexName: "GSI3", partitionKey: "GSI3PK", sortKey: "GSI3SK" },
] as const;

/** Items that expire (idempotency records, candidates) carry epoch seconds here; DynamoDB TTL uses it. */
export const TTL_ATTRIBUTE = "expiresAtEpoch";

/**
 * The change stream (shared/app/stream-reactions.ts): new and old image of every change, so a
 * reaction sees what changed (a referral's status before and after) without reading again.
 */
export const STREAM_VIEW_TYPE = "NEW_AND_OLD_IMAGES" as const;

/**
 * The CreateTable input (DynamoDB API shape), used locally and in tests. `stream: false` only for
 * tables nothing consumes (the benchmark's): DynamoDB Local writes 2–9× slower with a stream, and
 * slower still as its stream records pile up.
 */
export function createTableInput(tableName: string, options: { stream?: boolean } = {}) {
  const attributes = [
    TABLE_KEYS.partitionKey,
    TABLE_KEYS.sortKey,
    ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    ...(options.stream !== false && {
      StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW_TYPE },
    }),
    AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" as const },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: GSIS.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey, KeyType: "HASH" as const },
        { AttributeName: g.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
  };
}

/**
 * The erasure log's key (shared/db/erasure-log.ts): a table of its own, so a point-in-time restore
 * of the main table (which restores one table) does not roll it back.
 */
export const ERASURE_LOG_KEY = "candidateId";

/** The erasure log's CreateTable input, used locally and in tests (the stack: stateful-stack.ts). */
export function createErasureLogInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: [{ AttributeName: ERASURE_LOG_KEY, AttributeType: "S" as const }],
    KeySchema: [{ AttributeName: ERASURE_LOG_KEY, KeyType: "HASH" as const }],
  };
}
