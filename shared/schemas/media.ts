import * as z from "./z.ts";

/**
 * Answers that are not only JSON. shared/http/openapi.ts describes a route's `response` by the
 * media types registered here; an unregistered schema is an application/json answer.
 */
export const answerMedia = new WeakMap<z.ZodMiniType, Record<string, z.ZodMiniType>>();

/** A CSV file (UTF-8 with BOM, `;`), as Excel reads and writes it. */
export const csvFile = z.string();
answerMedia.set(csvFile, { "text/csv": csvFile });

/** JSON, or CSV when the request asks for it with `Accept: text/csv`. */
export function jsonOrCsv(json: z.ZodMiniType): z.ZodMiniType {
  const answer = z.union([json, csvFile]);
  answerMedia.set(answer, { "application/json": json, "text/csv": csvFile });
  return answer;
}

/** A page to read and print (text/html), such as a candidate's handout. */
export const htmlPage = z.string();
answerMedia.set(htmlPage, { "text/html": htmlPage });
