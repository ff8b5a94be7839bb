import { ForbiddenError, NotFoundError } from "../domain/errors.ts";
import { type Listing, type ListingKind, publicView } from "../domain/listing.ts";
import { hasRole, type Principal, type Role } from "../domain/principal.ts";

/** Who may do what with one kind of listing. Admins may do everything. */
export interface ListingPolicy {
  kind: ListingKind;
  /** The role that creates and manages its organisation's items. */
  owner: Role;
  /** Roles that read other organisations' published items; "anyone" includes anonymous callers. */
  readers: readonly Role[] | "anyone";
  /**
   * The role that manages its organisation's items kept on behalf of someone without an account
   * (places: a counselling organisation's coaches, for its employer records; `onBehalfOf`).
   */
  agent?: Role;
}

/** An item its organisation keeps on behalf of an employer record (place-on-behalf.ts). */
export const isOnBehalf = (listing: Listing) => "onBehalfOf" in listing && listing.onBehalfOf !== undefined;

/** The owner role of the item's organisation, or its agent role for an item kept on behalf. */
export const isManager = (policy: ListingPolicy, principal: Principal | undefined, listing: Listing) =>
  hasRole(principal, "admin") ||
  (principal?.org === listing.org &&
    (hasRole(principal, policy.owner) ||
      (policy.agent !== undefined && isOnBehalf(listing) && hasRole(principal, policy.agent))));

const mayReadPublished = (policy: ListingPolicy, principal: Principal | undefined) =>
  policy.readers === "anyone" || hasRole(principal, "admin", ...policy.readers);

/** 403 when the caller's role may not read this kind at all. */
export function requireReader(policy: ListingPolicy, principal: Principal | undefined): void {
  if (!mayReadPublished(policy, principal) && !hasRole(principal, policy.owner, "admin"))
    throw new ForbiddenError();
}

/**
 * What the caller sees of one item: everything for its managers, the public view of published
 * items for readers, and otherwise a 404 that does not reveal that the item exists.
 */
export function viewFor(
  policy: ListingPolicy,
  principal: Principal | undefined,
  listing: Listing | undefined,
) {
  requireReader(policy, principal);
  if (listing && isManager(policy, principal, listing)) return listing;
  if (listing?.status === "published" && mayReadPublished(policy, principal))
    return publicView(policy.kind, listing);
  throw new NotFoundError();
}

/** The item, if the caller manages it; a foreign item is indistinguishable from a missing one. */
export function managedListing<T extends Listing>(
  policy: ListingPolicy,
  principal: Principal,
  listing: T | undefined,
): T {
  if (!listing || !isManager(policy, principal, listing)) throw new NotFoundError();
  return listing;
}
