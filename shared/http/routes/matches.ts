import { matchRequest, matchResponse } from "../../schemas/match.ts";

/** A search for a profile given in the request (a saved candidate's: candidates.ts). */
export const MATCH_ROUTES = [
  {
    method: "POST",
    path: "/matches",
    group: "matches",
    auth: "required",
    roles: ["coach", "admin"],
    summary: "Ranked, explained offers and mentoring places for a candidate profile",
    body: matchRequest,
    response: matchResponse,
  },
] as const;
