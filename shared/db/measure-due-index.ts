import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { StoredMeasure } from "./stored-measure.ts";
import { employerMeasureKey, MEASURE_DUE_PARTITION } from "./keys.ts";
import type { TransactItem } from "./transact.ts";

/**
 * The measures awaiting an `employer.measureDue` notice (GSI2, keys.ts): open ones not yet told
 * about their due date, by due date. A measure leaves the index when it is done or dropped, or
 * when its adviser is told (`claimAction`); a new due date puts it back.
 */
export function measureDueIndex(deps: Pick<Deps, "db" | "tableName">) {
  const table = deps.tableName;
  return {
    /** Up to `limit` measures due before `today` (their due day is over), earliest first. */
    async overdue(today: string, limit: number): Promise<StoredMeasure[]> {
      const { Items = [] } = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI2",
          // "<due>#<id>" < "<today>" exactly when due < today.
          KeyConditionExpression: "GSI2PK = :pk AND GSI2SK < :today",
          ExpressionAttributeValues: { ":pk": MEASURE_DUE_PARTITION, ":today": today },
          Limit: limit,
        }),
      );
      return Items as StoredMeasure[];
    },

    /**
     * Marks the measure told about its due date and takes it off the index — only while it is
     * still open with that due date and untold: of two runs, one claims, the other's transaction
     * fails, so its notice (written in the same transaction) is written once.
     */
    claimAction: (measure: StoredMeasure): TransactItem => ({
      Update: {
        TableName: table,
        Key: employerMeasureKey(measure.employerId, measure.id),
        UpdateExpression: "SET notifiedDue = :due REMOVE GSI2PK, GSI2SK",
        ConditionExpression:
          "attribute_exists(PK) AND due = :due AND #s IN (:agreed, :progress) AND (attribute_not_exists(notifiedDue) OR notifiedDue <> :due)",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: { ":due": measure.due, ":agreed": "agreed", ":progress": "in-progress" },
      },
    }),
  };
}
