import type { Context } from "aws-lambda";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import type { Listing } from "../../shared/domain/listing.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/http/listing-resources.ts";
import type { Deps } from "../../shared/runtime.ts";
import { buildApiEvent } from "../api-event.ts";
import { demoOffers, demoPlaces } from "./demo-data.ts";

/**
 * Seeds the demo catalogue through the same handlers the API uses (so demo items pass the same
 * validation and indexing), as the owning organisation. Seats already taken are set afterwards
 * until referrals exist to take them.
 */
export async function seedDemoData(deps: Deps): Promise<{ offers: number; places: number }> {
  const post = async (
    resource: typeof mentoringPlaceResource,
    org: string,
    role: string,
    key: string,
    body: unknown,
  ) => {
    const handler = dispatch(listingHandlers(resource, deps));
    const event = buildApiEvent({
      method: "POST",
      routePath: resource.path,
      rawPath: resource.path,
      headers: { "content-type": "application/json", "idempotency-key": `demo-${key}` },
      body: JSON.stringify(body),
      claims: { sub: `demo-${org}`, "cognito:groups": [role], "custom:org": org, token_use: "id" },
    });
    const result = await handler(event, { awsRequestId: "seed" } as Context);
    if (result.statusCode !== 201) throw new Error(`Demo item ${key} rejected: ${result.body}`);
    return JSON.parse(result.body ?? "{}") as Listing;
  };

  for (const offer of demoOffers) {
    await post(qualificationOfferResource, offer.org, "provider", offer.id, offer.input);
  }
  const places = listingRepository<Listing & { acceptedCount: number }>(deps, "place");
  for (const place of demoPlaces) {
    const created = (await post(
      mentoringPlaceResource,
      place.org,
      "employer",
      place.id,
      place.input,
    )) as Listing & {
      acceptedCount: number;
    };
    if (place.taken) {
      await places.replace(created, { ...created, acceptedCount: place.taken, version: created.version + 1 });
    }
  }
  return { offers: demoOffers.length, places: demoPlaces.length };
}
