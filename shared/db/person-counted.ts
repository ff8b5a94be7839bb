import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { epochOf } from "./candidate-items.ts";
import { personCountedKey } from "./keys.ts";
import type { PersonCell } from "./participant-counters.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

/**
 * Which figures a person is counted in already, and where (their entry's district and
 * Berufsgruppe): an item in the candidate's partition, erased and expiring with it. Versioned, so
 * two writes that would count the same figure cannot both pass.
 */
export interface PersonCounted {
  figures: string[];
  district: string;
  group: string;
  version: number;
}

export async function readPersonCounted(deps: Deps, candidateId: string): Promise<PersonCounted | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: personCountedKey(candidateId), ConsistentRead: true }),
  );
  return Item
    ? {
        figures: (Item.figures as string[] | undefined) ?? [],
        district: String(Item.district),
        group: String(Item.group),
        version: Number(Item.version),
      }
    : undefined;
}

/** The marker with more figures counted, only if it is still as read (or still absent). */
export function personCountedAction(
  deps: Deps,
  candidateId: string,
  previous: PersonCounted | undefined,
  cell: Omit<PersonCell, "org">,
  figures: readonly string[],
  expiresAt: string,
): TransactItem {
  return {
    Put: {
      TableName: deps.tableName,
      Item: {
        ...personCountedKey(candidateId),
        figures: [...(previous?.figures ?? []), ...figures],
        district: cell.district,
        group: cell.group,
        version: (previous?.version ?? 0) + 1,
        [TTL_ATTRIBUTE]: epochOf(expiresAt),
      },
      ...(previous
        ? {
            ConditionExpression: "#v = :v",
            ExpressionAttributeNames: { "#v": "version" },
            ExpressionAttributeValues: { ":v": previous.version },
          }
        : { ConditionExpression: "attribute_not_exists(PK)" }),
    },
  };
}
