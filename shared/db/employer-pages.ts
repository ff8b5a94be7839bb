import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { answeringWord, leadWord, matchesQuery, searchWords } from "../domain/employer-search.ts";
import type { Deps } from "../runtime.ts";
import type { Employer } from "../schemas/employer.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { EMPLOYER_ERASING, employerOf } from "./employer-repository.ts";
import { employerListKey, employerWordIndexKey } from "./keys.ts";
import type { Page, PageRequest } from "./query-page.ts";

/**
 * An organisation's employer records a page at a time, by name or by the words of the name (the
 * index entries employer-repository.ts writes with each record). Apart from the repository, which
 * reads and writes one record.
 */
export function employerPages(deps: Deps) {
  const table = deps.tableName;

  return {
    /** The organisation's records by name, A to Z. */
    async list(org: string, request: PageRequest): Promise<Page<Employer>> {
      const partition = employerListKey(org).GSI1PK;
      const result = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk",
          FilterExpression: `attribute_not_exists(${EMPLOYER_ERASING})`,
          ExpressionAttributeValues: { ":pk": partition },
          Limit: request.limit,
          ExclusiveStartKey: decodeCursor(request.cursor, { name: "GSI1PK", value: partition }),
        }),
      );
      return pageOf(result.Items ?? [], result.LastEvaluatedKey, employerOf);
    },

    /**
     * The organisation's records one of whose words begins with each query word: one range of the
     * organisation's words (those the longest query word begins), A to Z; a page may hold fewer
     * than `limit` records when words of the range do not match the other query words.
     */
    async search(org: string, query: string, request: PageRequest): Promise<Page<Employer>> {
      const queryWords = searchWords(query);
      const lead = leadWord(queryWords);
      if (lead === undefined) return this.list(org, request);
      const partition = employerWordIndexKey(org).GSI1PK;
      const result = await deps.db.send(
        new QueryCommand({
          TableName: table,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk AND begins_with(GSI1SK, :lead)",
          FilterExpression: `attribute_not_exists(${EMPLOYER_ERASING})`,
          ExpressionAttributeValues: { ":pk": partition, ":lead": lead },
          Limit: request.limit,
          ExclusiveStartKey: decodeCursor(request.cursor, { name: "GSI1PK", value: partition }),
        }),
      );
      const answering = (item: Record<string, unknown>) => {
        const words = (item.words as string[] | undefined) ?? [];
        const word = String(item.SK).slice("WORD#".length);
        return matchesQuery(words, queryWords) && answeringWord(words, lead) === word;
      };
      return pageOf((result.Items ?? []).filter(answering), result.LastEvaluatedKey, employerOf);
    },
  };
}

function pageOf<T>(
  items: Record<string, unknown>[],
  last: Record<string, unknown> | undefined,
  map: (item: Record<string, unknown>) => T,
): Page<T> {
  const nextCursor = encodeCursor(last);
  return { items: items.map(map), ...(nextCursor ? { nextCursor } : {}) };
}
