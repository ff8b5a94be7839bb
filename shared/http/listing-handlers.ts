import { listingRepository } from "../db/listing-repository.ts";
import { ForbiddenError } from "../domain/errors.ts";
import type { Listing } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import type * as z from "../schemas/z.ts";
import type { RouteHandler } from "./api-handler.ts";
import { withIdempotency } from "./idempotency.ts";
import {
  checkIfMatch,
  type ListingPolicy,
  managedListing,
  requireReader,
  viewFor,
} from "./listing-access.ts";
import { hasRole } from "./principal.ts";
import { resolveReferences } from "./references.ts";
import { etag, json, noContent } from "./response.ts";
import { handle } from "./route-handler.ts";
import { parseOrThrow } from "./validation.ts";

type InputSchema = z.ZodMiniType<{
  occupations: string[];
  location?: { postalCode: string };
  status: string;
}> & {
  shape: Record<string, unknown>;
};

export interface ListingResource extends ListingPolicy {
  path: "/mentoring-places" | "/qualification-offers";
  input: InputSchema;
  patch: z.ZodMiniType<Record<string, unknown> & { status?: Listing["status"] }>;
  /** Fields the service keeps beyond the input (e.g. a place's acceptedCount) and their rules. */
  initialState: Record<string, unknown>;
  checkState?: (next: Listing) => void;
}

/** The five routes of a listing resource (create, list, read, update, delete/archive). */
export function listingHandlers(resource: ListingResource, deps: Deps): Record<string, RouteHandler> {
  const repo = listingRepository<Listing>(deps, resource.kind);
  const now = () => deps.clock().toISOString();

  /** Validates the merged state with the POST rules, resolves references, bumps the version. */
  function nextState(
    current: Listing | undefined,
    org: string,
    body: Record<string, unknown>,
    status: Listing["status"],
  ): Listing {
    const { status: _ignored, ...fields } = parseOrThrow(resource.input, body);
    const { location } = resolveReferences(fields);
    const timestamp = now();
    const next = {
      ...(current ?? { id: deps.newId(), org, createdAt: timestamp, ...resource.initialState }),
      ...fields,
      location,
      status,
      version: (current?.version ?? 0) + 1,
      updatedAt: timestamp,
    } as Listing;
    resource.checkState?.(next);
    return next;
  }

  /** A stored item as the POST body it would have come from (location back to its postal code). */
  const asInput = (listing: Listing) =>
    Object.fromEntries(
      Object.keys(resource.input.shape)
        .filter((key) => key !== "status" && listing[key as keyof Listing] !== undefined)
        .map((key) => [
          key,
          key === "location" ? { postalCode: listing.location?.postalCode } : listing[key as keyof Listing],
        ]),
    );

  const options = { verifyToken: deps.verifyToken };
  return {
    [`POST ${resource.path}`]: handle(`POST ${resource.path}`, async (req) => {
      return withIdempotency(deps, req, async (record) => {
        const listing = nextState(undefined, req.principal.org, req.body, req.body.status);
        const response = json(201, listing, {
          etag: etag(listing.version),
          location: `${resource.path}/${listing.id}`,
        });
        await repo.create(listing, record(response));
        return response;
      });
    }),

    [`GET ${resource.path}`]: handle(
      `GET ${resource.path}`,
      async ({ principal, query }) => {
        requireReader(resource, principal);
        const page = { limit: query.limit ?? 20, cursor: query.cursor, status: query.status };
        const adminOrg = hasRole(principal, "admin") ? query.org : undefined;
        if (query.org && !adminOrg && query.org !== principal?.org)
          throw new ForbiddenError("Nur die Liste der eigenen Organisation (query.org).");
        if (principal && (adminOrg || hasRole(principal, resource.owner))) {
          return json(200, await repo.listByOrg(adminOrg ?? principal.org, page));
        }
        const published = await repo.listPublished(page);
        return json(200, {
          ...published,
          items: published.items.map((item) => viewFor(resource, principal, item)),
        });
      },
      options,
    ),

    [`GET ${resource.path}/{id}`]: handle(
      `GET ${resource.path}/{id}`,
      async ({ principal, params }) => {
        const view = viewFor(resource, principal, await repo.get(params.id ?? ""));
        return json(200, view, "version" in view ? { etag: etag(Number(view.version)) } : {});
      },
      options,
    ),

    [`PATCH ${resource.path}/{id}`]: handle(`PATCH ${resource.path}/{id}`, async (req) => {
      const current = managedListing(resource, req.principal, await repo.get(req.params.id ?? ""));
      checkIfMatch(req.header("if-match"), current);
      const { status, ...changes } = req.body;
      const next = nextState(
        current,
        current.org,
        { ...asInput(current), ...changes },
        status ?? current.status,
      );
      await repo.replace(current, next);
      return json(200, next, { etag: etag(next.version) });
    }),

    [`DELETE ${resource.path}/{id}`]: handle(`DELETE ${resource.path}/{id}`, async (req) => {
      const current = managedListing(resource, req.principal, await repo.get(req.params.id ?? ""));
      checkIfMatch(req.header("if-match"), current);
      if (current.status === "draft") {
        await repo.delete(current);
        return noContent();
      }
      const archived = {
        ...current,
        status: "archived",
        version: current.version + 1,
        updatedAt: now(),
      } as Listing;
      await repo.replace(current, archived);
      return json(200, archived, { etag: etag(archived.version) });
    }),
  };
}
