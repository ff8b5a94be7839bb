import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { ServiceUnavailableError } from "../domain/errors.ts";
import type { Deps } from "../runtime.ts";
import { organisationKey } from "./keys.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";

const BATCH_GET = 100;
const UNPROCESSED: RetryPolicy = { attempts: 4, baseMs: 20, capMs: 320 };

/**
 * The display names of a page's organisations, read when the page is answered: one BatchGet of
 * the few distinct slugs on it (a page of 20 names a handful). Names are not copied onto items,
 * so a renamed organisation shows its new name everywhere at once and no write path has to read
 * organisations. A slug without an organisation item is left out (pages fall back to the slug).
 */
export async function organisationNames(deps: Pick<Deps, "db" | "tableName">, orgs: Iterable<string>) {
  const names = new Map<string, string>();
  const unique = [...new Set(orgs)].filter(Boolean);
  for (let i = 0; i < unique.length; i += BATCH_GET) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET).map(organisationKey);
    await withRetries(
      "organisation names",
      UNPROCESSED,
      async () => {
        const out = await deps.db.send(
          new BatchGetCommand({
            RequestItems: {
              [deps.tableName]: {
                Keys: pending,
                ProjectionExpression: "#org, #name",
                ExpressionAttributeNames: { "#org": "org", "#name": "name" },
              },
            },
          }),
        );
        for (const item of out.Responses?.[deps.tableName] ?? [])
          if (typeof item.org === "string" && typeof item.name === "string") names.set(item.org, item.name);
        pending = out.UnprocessedKeys?.[deps.tableName]?.Keys ?? [];
        if (pending.length) throw new NotYet();
      },
      { giveUp: () => new ServiceUnavailableError("Die Datenbank ist ausgelastet; bitte erneut versuchen.") },
    );
  }
  return names;
}
