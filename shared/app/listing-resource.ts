import type { Listing } from "../domain/listing.ts";
import type * as z from "../schemas/z.ts";
import type { ListingPolicy } from "./listing-access.ts";

type InputSchema = z.ZodMiniType<{
  occupations: string[];
  location?: { postalCode: string };
  status: string;
}> & {
  shape: Record<string, unknown>;
};

/** One kind of listing: who manages and reads it, its schemas and its state rules. */
export interface ListingResource extends ListingPolicy {
  /** The collection's path in the API (route keys, Location headers). */
  path: "/mentoring-places" | "/qualification-offers";
  input: InputSchema;
  patch: z.ZodMiniType<Record<string, unknown> & { status?: Listing["status"] }>;
  /** Fields the service keeps beyond the input (e.g. a place's acceptedCount) and their rules. */
  initialState: Record<string, unknown>;
  checkState?: (next: Listing) => void;
}
