import { IMPORT_LIMITS } from "../csv/limits.ts";
import { exportQuery, importQuery, importResult } from "../schemas/import.ts";
import { candidate, candidateExport, candidateInput, candidatePatch } from "../schemas/candidate.ts";
import { listQuery } from "../schemas/common.ts";
import { handoutQuery } from "../schemas/handout.ts";
import { csvFile, htmlPage, jsonOrCsv } from "../schemas/media.ts";
import { health, openApiDescription } from "../schemas/meta.ts";
import { referral, referralInput, referralQuery, referralView } from "../schemas/referral.ts";
import { statisticsQuery, statisticsReport } from "../schemas/statistics.ts";
import { matchRequest, matchResponse } from "../schemas/match.ts";
import {
  mentoringPlace,
  mentoringPlaceInput,
  mentoringPlacePatch,
  mentoringPlaceView,
} from "../schemas/mentoring-place.ts";
import {
  qualificationOffer,
  qualificationOfferInput,
  qualificationOfferPatch,
} from "../schemas/qualification-offer.ts";
import {
  occupation,
  occupationSearchQuery,
  occupationSearchResponse,
  postalCodeResponse,
} from "../schemas/reference.ts";
import * as z from "../schemas/z.ts";
import type { Auth } from "./api-handler.ts";
import type { Role } from "./principal.ts";

/**
 * The one route table. The local server, the CDK stack and GET /openapi.json all read it, so a
 * route cannot exist in one and be missing in another. `group` names the Lambda function
 * (functions/<group>/index.ts); `auth` says whether the JWT authorizer guards the route
 * ("optional": public route whose answer widens for a signed-in caller); `roles` says who may call
 * and the handler wrapper (route-handler.ts) enforces it, as well as the body and query schemas.
 */
export interface Route {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  group: string;
  auth: Auth;
  roles?: readonly Role[];
  /**
   * Roles let through to the use case when it decides per item who may act (a coach learns 403 or
   * 404 from the referral itself); `roles` stays what the API documents. Defaults to `roles`.
   */
  admits?: readonly Role[];
  summary: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response?: z.ZodMiniType;
  /** Status of a successful answer, when not 200. */
  status?: number;
  /** Largest body accepted (decoded bytes), when not MAX_JSON_BODY_BYTES. */
  maxBodyBytes?: number;
}

const listOf = (item: z.ZodMiniType) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });
const WRITERS = { place: ["employer", "admin"], offer: ["provider", "admin"] } as const;

const table = [
  { method: "GET", path: "/health", group: "meta", auth: "none", summary: "Liveness", response: health },
  {
    method: "GET",
    path: "/openapi.json",
    group: "meta",
    auth: "none",
    summary: "This API description",
    response: openApiDescription,
  },
  {
    method: "GET",
    path: "/occupations",
    group: "reference",
    auth: "none",
    summary: "Search KldB 2010 occupations by code, title or named occupation (typo-tolerant)",
    query: occupationSearchQuery,
    response: occupationSearchResponse,
  },
  {
    method: "GET",
    path: "/occupations/{code}",
    group: "reference",
    auth: "none",
    summary: "One occupation",
    response: occupation,
  },
  {
    method: "GET",
    path: "/postal-codes/{code}",
    group: "reference",
    auth: "none",
    summary: "Resolve a postal code",
    response: postalCodeResponse,
  },

  ...listingRoutes(
    "/mentoring-places",
    "mentoring-places",
    "required",
    ["employer", "coach", "admin"],
    WRITERS.place,
    {
      item: mentoringPlace,
      view: mentoringPlaceView,
      input: mentoringPlaceInput,
      patch: mentoringPlacePatch,
    },
  ),
  ...listingRoutes("/qualification-offers", "qualification-offers", "optional", undefined, WRITERS.offer, {
    item: qualificationOffer,
    view: qualificationOffer,
    input: qualificationOfferInput,
    patch: qualificationOfferPatch,
  }),
  ...csvRoutes("/mentoring-places", WRITERS.place),
  ...csvRoutes("/qualification-offers", WRITERS.offer),

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

  ...candidateRoutes(),
  ...referralRoutes(),
  {
    method: "GET",
    path: "/statistics",
    group: "statistics",
    auth: "required",
    roles: ["admin", "coach"],
    summary:
      "Anonymous figures by district, state, occupation group or month (Accept: text/csv for Excel); people-related counts rounded to multiples of 5 by cell key",
    query: statisticsQuery,
    response: jsonOrCsv(statisticsReport),
  },
] as const;

/** The table with each entry's own schema types, for handlers keyed by route (route-handler.ts). */
export type RouteTable = typeof table;
export const routes: readonly Route[] = table;

function listingRoutes<
  const B extends string,
  const G extends string,
  I extends z.ZodMiniType,
  P extends z.ZodMiniType,
>(
  base: B,
  group: G,
  readAuth: Auth,
  readers: readonly Role[] | undefined,
  writers: readonly Role[],
  // `view`: what readers get, which may be one of several role views of `item`.
  schemas: { item: z.ZodMiniType; view: z.ZodMiniType; input: I; patch: P },
) {
  const read = { group, auth: readAuth, ...(readers ? { roles: readers } : {}) };
  const write = { group, auth: "required" as const, roles: writers };
  return [
    {
      method: "POST",
      path: base,
      ...write,
      summary: "Create",
      body: schemas.input,
      response: schemas.item,
      status: 201,
    },
    { method: "GET", path: base, ...read, summary: "List", query: listQuery, response: listOf(schemas.view) },
    { method: "GET", path: `${base}/{id}`, ...read, summary: "Read one", response: schemas.view },
    {
      method: "PATCH",
      path: `${base}/{id}`,
      ...write,
      summary: "Update, publish or archive",
      body: schemas.patch,
      response: schemas.item,
    },
    {
      method: "DELETE",
      path: `${base}/{id}`,
      ...write,
      summary: "Delete a draft, archive anything else",
      response: schemas.item,
    },
  ] as const;
}

/** CSV import/export in the "imports" group: csv-parse stays out of the listing functions, and it gets a longer timeout. */
function csvRoutes<const B extends string>(base: B, writers: readonly Role[]) {
  const own = { group: "imports", auth: "required" as const, roles: writers };
  return [
    {
      method: "POST",
      path: `${base}/import`,
      ...own,
      summary:
        "Import a CSV file (text/csv, as Excel writes it), keyed by Externe ID: all rows valid or nothing written (422 lists row, column, message)",
      query: importQuery,
      response: importResult,
      maxBodyBytes: IMPORT_LIMITS.maxBytes,
    },
    {
      method: "GET",
      path: `${base}/export`,
      ...own,
      summary: "The organisation's items as CSV in the import format (UTF-8 with BOM, `;`)",
      query: exportQuery,
      response: csvFile,
    },
    {
      method: "GET",
      path: `${base}/import-template`,
      group: "imports",
      auth: "none",
      summary: "The CSV template: header row and one example row",
      response: csvFile,
    },
  ] as const;
}

export const routeKey = (route: Pick<Route, "method" | "path">) => `${route.method} ${route.path}`;

function candidateRoutes() {
  const base = { group: "candidates", auth: "required" as const, roles: ["coach", "admin"] as const };
  return [
    {
      method: "POST",
      path: "/candidates",
      ...base,
      summary: "Create a pseudonymous candidate",
      body: candidateInput,
      response: candidate,
      status: 201,
    },
    {
      method: "GET",
      path: "/candidates",
      ...base,
      summary: "The organisation's candidates",
      query: listQuery,
      response: listOf(candidate),
    },
    { method: "GET", path: "/candidates/{id}", ...base, summary: "Read one", response: candidate },
    {
      method: "PATCH",
      path: "/candidates/{id}",
      ...base,
      summary: "Update (restarts retention)",
      body: candidatePatch,
      response: candidate,
    },
    {
      method: "DELETE",
      path: "/candidates/{id}",
      ...base,
      summary: "Erase the candidate and the personal data of its referrals",
      status: 204,
    },
    {
      method: "GET",
      path: "/candidates/{id}/matches",
      ...base,
      summary: "Matches for the stored profile",
      response: matchResponse,
    },
    {
      method: "GET",
      path: "/candidates/{id}/handout",
      ...base,
      summary:
        "Printable handout (text/html, A4) in the candidate's language: top offers and places with every reason, next steps, contacts; German originals marked",
      query: handoutQuery,
      response: htmlPage,
    },
    {
      method: "GET",
      path: "/candidates/{id}/export",
      ...base,
      summary: "Everything stored about the candidate (JSON)",
      response: candidateExport,
    },
  ] as const;
}

function referralRoutes() {
  const base = { group: "referrals", auth: "required" as const };
  // The referral decides between 403 (wrong side) and 404 (not yours): every side gets through to it.
  const act = { ...base, admits: ["coach", "employer", "admin"] as const };
  // The employer gets the pseudonymous view, an admin the full one.
  const decide = { ...act, roles: ["employer", "admin"] as const, response: referralView };
  return [
    {
      method: "POST",
      path: "/referrals",
      ...base,
      roles: ["coach", "admin"],
      summary: "Propose a candidate to a mentoring place",
      body: referralInput,
      response: referral,
      status: 201,
    },
    {
      method: "GET",
      path: "/referrals",
      ...base,
      roles: ["coach", "employer", "admin"],
      summary: "Own organisation's referrals (coach) or those to own places (employer, pseudonymous)",
      query: referralQuery,
      response: listOf(referralView),
    },
    { method: "POST", path: "/referrals/{id}/accept", ...decide, summary: "Accept (takes a seat)" },
    { method: "POST", path: "/referrals/{id}/decline", ...decide, summary: "Decline" },
    {
      method: "POST",
      path: "/referrals/{id}/withdraw",
      ...act,
      roles: ["coach", "admin"],
      response: referral,
      summary: "Withdraw (frees an accepted seat)",
    },
  ] as const;
}
