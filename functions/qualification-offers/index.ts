import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

export const handler = dispatch(listingHandlers(qualificationOfferResource, depsFromEnv()));
