import { liveEmployerCheck } from "../db/employer-facts.ts";
import { listingRepository } from "../db/listing-repository.ts";
import type { TransactItem } from "../db/transact.ts";
import { ForbiddenError } from "../domain/errors.ts";
import { checkNoSeatsTaken, type Listing, seatsTaken } from "../domain/listing.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { nextVersion } from "../domain/versioned.ts";
import { resolveReferences } from "../reference/resolve.ts";
import type { Deps } from "../runtime.ts";
import { placeOnBehalfActions } from "./employer-place-figures.ts";
import { managedListing, requireReader, viewFor } from "./listing-access.ts";
import { withOrgNames } from "./listing-org-names.ts";
import { asListingInput, nextListing } from "./listing-state.ts";
import type { ListingResource } from "./listing-resources.ts";
import { currentCompany, onBehalfFor } from "./place-on-behalf.ts";

interface ListQuery {
  limit?: number;
  cursor?: string;
}

/** Checks the caller's precondition (If-Match) against the item before it changes. */
export type VersionCheck = (current: { version: number }) => void;

/** The use cases of one kind of listing: create, list, read, update, delete or archive. */
export function listingUseCases(resource: ListingResource, deps: Deps) {
  const repo = listingRepository<Listing>(deps, resource.kind);
  const now = () => deps.clock().toISOString();

  /** Validates the merged state with the POST rules, resolves references, applies the state rule. */
  function nextState(
    current: Listing | undefined,
    org: string,
    body: Record<string, unknown>,
    status: Listing["status"],
  ) {
    const { status: _ignored, ...fields } = parseOrThrow(resource.input, body);
    const { location } = resolveReferences(fields);
    return nextListing(resource, {
      current,
      keep: "everything",
      org,
      fields,
      location,
      status,
      at: now(),
      newId: deps.newId,
    });
  }

  async function managed(principal: Principal, id: string, check: VersionCheck) {
    const current = managedListing(resource, principal, await repo.get(id));
    check(current);
    return current;
  }

  return {
    /** The new item; `write` stores it, joined by the actions that record the answer. */
    async create(principal: Principal, body: Record<string, unknown> & { status: string }) {
      const made = nextState(undefined, principal.org, body, body.status as Listing["status"]);
      // A place kept on behalf of one of the caller's employer records (place-on-behalf.ts).
      const onBehalf = resource.agent
        ? await onBehalfFor(deps, principal, body.onBehalfOf as string | undefined)
        : undefined;
      const listing = onBehalf ? ({ ...made, ...onBehalf } as Listing) : made;
      // Written only while the employer record lives (its erasure archives what it finds).
      // Counted as a place on behalf in the keeping organisation's figures (employer-place-figures.ts).
      const guard = onBehalf
        ? [
            liveEmployerCheck(deps, onBehalf.onBehalfOf),
            ...(await placeOnBehalfActions(deps, onBehalf.onBehalfOf, listing.id)),
          ]
        : [];
      return { listing, write: (extra: TransactItem[]) => repo.create(listing, [...extra, ...guard]) };
    },

    async list(
      principal: Principal | undefined,
      query: ListQuery & { status?: Listing["status"]; org?: string; onBehalfOf?: string },
    ) {
      requireReader(resource, principal);
      const page = { ...query, limit: query.limit ?? 20 };
      const adminOrg = hasRole(principal, "admin") ? query.org : undefined;
      if (query.org && !adminOrg && query.org !== principal?.org)
        throw new ForbiddenError("Nur die Liste der eigenen Organisation (query.org).");
      // An agent (a counselling organisation's coach) lists its own organisation's places kept on
      // behalf with ?org=<own> or ?onBehalfOf=<employer id>.
      const ownAsAgent =
        resource.agent &&
        (query.org === principal?.org || query.onBehalfOf !== undefined) &&
        hasRole(principal, resource.agent);
      if (principal && (adminOrg || hasRole(principal, resource.owner) || ownAsAgent)) {
        return repo.listByOrg(adminOrg ?? principal.org, page);
      }
      const published = await repo.listPublished(page);
      const items = published.items.map((item) => viewFor(resource, principal, item));
      return { ...published, items: await withOrgNames(deps, items) };
    },

    /** One item, with its organisation's name (a coach sees another organisation's place). */
    async read(principal: Principal | undefined, id: string) {
      const [view] = await withOrgNames(deps, [viewFor(resource, principal, await repo.get(id))]);
      return view as ReturnType<typeof viewFor>;
    },

    async update(
      principal: Principal,
      id: string,
      check: VersionCheck,
      body: Record<string, unknown> & { status?: Listing["status"] },
    ) {
      const current = await managed(principal, id, check);
      const { status, ...changes } = body;
      if (status === "draft" && current.status !== "draft") checkNoSeatsTaken(current);
      const merged = nextState(
        current,
        current.org,
        { ...asListingInput(resource, current), ...changes },
        status ?? current.status,
      );
      // A place on behalf shows its employer's current name (the record may have been renamed).
      const company =
        "onBehalfOf" in current && current.onBehalfOf
          ? await currentCompany(deps, current.org, current.onBehalfOf)
          : undefined;
      const next = company ? ({ ...merged, company } as Listing) : merged;
      await repo.replace(current, next);
      return next;
    },

    /**
     * A draft is deleted (undefined); anything else is archived and returned, and so is an item
     * whose seats accepted referrals hold (they must keep pointing at it).
     */
    async remove(principal: Principal, id: string, check: VersionCheck): Promise<Listing | undefined> {
      const current = await managed(principal, id, check);
      if (current.status === "draft" && !seatsTaken(current)) {
        await repo.delete(current);
        return undefined;
      }
      const archived = { ...current, status: "archived", ...nextVersion(current, now()) } as Listing;
      await repo.replace(current, archived);
      return archived;
    },
  };
}
