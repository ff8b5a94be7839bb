import { listQuery } from "../../schemas/common.ts";
import type * as z from "../../schemas/z.ts";
import type { Auth } from "../api-handler.ts";
import type { Role } from "../principal.ts";
import { listOf } from "./list-of.ts";

/** Who writes each kind of listing (and imports and exports it as CSV, csv.ts). */
export const WRITERS = { place: ["employer", "admin"], offer: ["provider", "admin"] } as const;

/** The five routes of one kind of listing (mentoring-places.ts, qualification-offers.ts). */
export function listingRoutes<
  const B extends string,
  const G extends string,
  I extends z.ZodMiniType,
  P extends z.ZodMiniType,
  Q extends z.ZodMiniType = typeof listQuery,
>(
  base: B,
  group: G,
  readAuth: Auth,
  readers: readonly Role[] | undefined,
  writers: readonly Role[],
  // `view`: what readers get, which may be one of several role views of `item`; `query`: the list's.
  schemas: { item: z.ZodMiniType; view: z.ZodMiniType; input: I; patch: P; query?: Q },
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
    {
      method: "GET",
      path: base,
      ...read,
      summary: "List",
      query: (schemas.query ?? listQuery) as Q,
      response: listOf(schemas.view),
    },
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
