import type { TransactItem } from "./transact.ts";

/** The table item an action touches, as "PK|SK". */
export function keyOf(action: TransactItem): string {
  const key =
    action.Put?.Item ?? action.Update?.Key ?? action.Delete?.Key ?? action.ConditionCheck?.Key ?? {};
  return `${String(key.PK)}|${String(key.SK)}`;
}

/**
 * The numbers an unconditional `ADD #f :v, …` update adds, per attribute; undefined for any other
 * action. Such updates commute, so several on one item (a statistics counter that many rows of
 * an import change) can become one action in one transaction.
 */
export function addsOf(action: TransactItem): Map<string, number> | undefined {
  const update = action.Update;
  const clauses =
    update && !update.ConditionExpression && /^ADD (.+)$/.exec(update.UpdateExpression ?? "")?.[1];
  if (!update || !clauses) return undefined;
  const adds = new Map<string, number>();
  for (const clause of clauses.split(",")) {
    const [name = "", value = ""] = clause.trim().split(/\s+/);
    const field = name.startsWith("#") ? update.ExpressionAttributeNames?.[name] : name;
    const amount: unknown = update.ExpressionAttributeValues?.[value];
    if (field === undefined || typeof amount !== "number") return undefined;
    adds.set(field, (adds.get(field) ?? 0) + amount);
  }
  return adds;
}

/** One transaction's actions with the ADD updates of each item summed into one. */
export function mergeAdds(actions: readonly TransactItem[]): TransactItem[] {
  const merged = new Map<string, { action: TransactItem; adds: Map<string, number> }>();
  const result: TransactItem[] = [];
  for (const action of actions) {
    const adds = addsOf(action);
    const known = adds && merged.get(keyOf(action));
    if (!adds) result.push(action);
    else if (known) for (const [field, n] of adds) known.adds.set(field, (known.adds.get(field) ?? 0) + n);
    else merged.set(keyOf(action), { action, adds });
  }
  for (const { action, adds } of merged.values()) {
    const fields = [...adds].filter(([, n]) => n !== 0);
    if (!action.Update || !fields.length) continue;
    const { TableName, Key } = action.Update;
    result.push({
      Update: {
        TableName,
        Key,
        UpdateExpression: `ADD ${fields.map((_, i) => `#a${i} :a${i}`).join(", ")}`,
        ExpressionAttributeNames: Object.fromEntries(fields.map(([field], i) => [`#a${i}`, field])),
        ExpressionAttributeValues: Object.fromEntries(fields.map(([, n], i) => [`:a${i}`, n])),
      },
    });
  }
  return result;
}
