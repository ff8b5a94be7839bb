import { listingUseCases } from "../app/listings.ts";
import type { ListingResource } from "../app/listing-resources.ts";
import type { Deps } from "../runtime.ts";
import type { RouteHandler } from "./api-handler.ts";
import { withIdempotency } from "./idempotency.ts";
import { checkIfMatch } from "./if-match.ts";
import { etag, json, noContent } from "./response.ts";
import { handlerFor } from "./route-handler.ts";
import type { Route } from "./routes/route.ts";

/**
 * The five routes of a listing resource (create, list, read, update, delete/archive), from its
 * area of the route table: a function passes its own kind's (routes/mentoring-places.ts,
 * routes/qualification-offers.ts), so it builds no schema of the other kind.
 */
export function listingHandlersIn(
  area: readonly Route[],
  resource: ListingResource,
  deps: Deps,
): Record<string, RouteHandler> {
  const handle = handlerFor(area);
  const listings = listingUseCases(resource, deps);
  const options = { verifyToken: deps.verifyToken };
  const ifMatch = (header: string | undefined) => (current: { version: number }) =>
    checkIfMatch(header, current);

  return {
    [`POST ${resource.path}`]: handle(`POST ${resource.path}`, async (req) =>
      withIdempotency(deps, req, async (record) => {
        const { listing, write } = await listings.create(req.principal, req.body);
        const response = json(201, listing, {
          etag: etag(listing.version),
          location: `${resource.path}/${listing.id}`,
        });
        await write(record(response));
        return response;
      }),
    ),

    [`GET ${resource.path}`]: handle(
      `GET ${resource.path}`,
      async ({ principal, query }) => json(200, await listings.list(principal, query)),
      options,
    ),

    [`GET ${resource.path}/{id}`]: handle(
      `GET ${resource.path}/{id}`,
      async ({ principal, params }) => {
        const view = await listings.read(principal, params.id ?? "");
        return json(200, view, "version" in view ? { etag: etag(Number(view.version)) } : {});
      },
      options,
    ),

    [`PATCH ${resource.path}/{id}`]: handle(`PATCH ${resource.path}/{id}`, async (req) => {
      const next = await listings.update(
        req.principal,
        req.params.id ?? "",
        ifMatch(req.header("if-match")),
        req.body,
      );
      return json(200, next, { etag: etag(next.version) });
    }),

    [`DELETE ${resource.path}/{id}`]: handle(`DELETE ${resource.path}/{id}`, async (req) => {
      const archived = await listings.remove(
        req.principal,
        req.params.id ?? "",
        ifMatch(req.header("if-match")),
      );
      return archived ? json(200, archived, { etag: etag(archived.version) }) : noContent();
    }),
  };
}
