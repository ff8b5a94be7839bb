import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Context } from "aws-lambda";
import { demoMarkerKey } from "../../shared/db/keys.ts";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import type { Listing } from "../../shared/domain/listing.ts";
import { dispatch, type RouteHandler } from "../../shared/http/api-handler.ts";
import type { ListingResource } from "../../shared/app/listing-resources.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { MentoringPlace } from "../../shared/schemas/mentoring-place.ts";
import { buildApiEvent } from "../api-event.ts";
import { demoLatePlace, demoOffers, demoPlaces } from "./demo-data.ts";
import { seedDemoCases } from "./seed-cases.ts";
import { seedDemoEmployers } from "./seed-employers.ts";
import { seedNurseCase } from "./seed-nurse-case.ts";
import { seedDemoOrganisations } from "./seed-organisations.ts";
import { seedDemoProfiles } from "./seed-profiles.ts";

async function post(
  handler: RouteHandler,
  resource: ListingResource,
  org: string,
  key: string,
  body: unknown,
) {
  const event = buildApiEvent({
    method: "POST",
    routePath: resource.path,
    rawPath: resource.path,
    // The key makes a re-run after an interrupted seed return the items created before.
    headers: { "content-type": "application/json", "idempotency-key": `demo-${key}` },
    body: JSON.stringify(body),
    claims: { sub: `demo-${org}`, "cognito:groups": [resource.owner], "custom:org": org, token_use: "id" },
  });
  const result = await handler(event, { awsRequestId: "seed" } as Context);
  if (result.statusCode !== 201) throw new Error(`Demo item ${key} rejected: ${result.body}`);
  return JSON.parse(result.body ?? "{}") as Listing;
}

/**
 * Seeds the demo catalogue once, through the same handlers the API uses (so demo items pass the
 * same validation and indexing). Seats already taken are set directly until referrals exist to
 * take them. Returns undefined when the table was seeded before.
 */
export async function seedDemoData(deps: Deps): Promise<{ offers: number; places: number } | undefined> {
  const marker = await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: demoMarkerKey() }));
  // Before the marker: tables seeded before organisations and profiles existed get them too.
  await seedDemoOrganisations(deps);
  await seedDemoProfiles(deps);
  if (marker.Item) return undefined;

  const ids = new Map<string, string>(); // demo key → id, for the story's referrals
  const offers = dispatch(listingHandlers(qualificationOfferResource, deps));
  for (const offer of demoOffers)
    ids.set(offer.id, (await post(offers, qualificationOfferResource, offer.org, offer.id, offer.input)).id);

  const places = dispatch(listingHandlers(mentoringPlaceResource, deps));
  const repository = listingRepository<MentoringPlace>(deps, "place");
  for (const place of demoPlaces) {
    const { id } = await post(places, mentoringPlaceResource, place.org, place.id, place.input);
    ids.set(place.id, id);
    const current = await repository.get(id);
    if (current && place.taken && current.acceptedCount !== place.taken) {
      await repository.replace(current, {
        ...current,
        acceptedCount: place.taken,
        version: current.version + 1,
      });
    }
  }
  await seedDemoCases(deps, ids);
  await seedNurseCase(deps);
  await seedDemoEmployers(deps);
  // New to the candidate saved with alerts: its coach hears of it (demo-places.ts).
  await post(places, mentoringPlaceResource, demoLatePlace.org, demoLatePlace.id, demoLatePlace.input);
  await deps.db.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: { ...demoMarkerKey(), at: deps.clock().toISOString() },
    }),
  );
  return { offers: demoOffers.length, places: demoPlaces.length + 1 };
}
