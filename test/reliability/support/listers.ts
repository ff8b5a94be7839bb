import type { Route } from "../../../shared/http/routes.ts";
import * as z from "../../../shared/schemas/z.ts";
import type { Caller } from "./api.ts";
import { FOREIGN, OWN } from "./world.ts";

/** Who lists what in the limit and cursor tests: a caller whose list of the own organisation has items. */
export const LISTERS: Record<string, Caller["role"] | "anonymous"> = {
  "GET /occupations": "anonymous",
  "GET /mentoring-places": "employer",
  "GET /qualification-offers": "provider",
  "GET /candidates": "coach",
  "GET /employers": "coach",
  "GET /referrals": "coach",
  "GET /organisations": "admin",
  "GET /notifications": "employer",
  "GET /topics": "provider",
};

/** What a list needs besides `limit` (a search word, a Berufsgattung). */
export const LIST_QUERIES: Record<string, string> = {
  "GET /occupations": "q=Pflege&",
  "GET /topics": "occupation=81302&",
};

export const listerOf = (key: string, org: typeof OWN | typeof FOREIGN = OWN): Caller | undefined => {
  const role = LISTERS[key];
  return role && role !== "anonymous" ? { role, org } : undefined;
};

/** The query parameters a route declares, with their JSON Schema. */
export function queryParameters(route: Route): Record<string, { maximum?: number; minimum?: number }> {
  if (!route.query) return {};
  return (z.toJSONSchema(route.query, { io: "input" }).properties ?? {}) as Record<
    string,
    { maximum?: number }
  >;
}
