import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlersIn } from "../../shared/http/listing-area-handlers.ts";
import { OFFER_ROUTES } from "../../shared/http/routes/qualification-offers.ts";
import { qualificationOfferResource } from "../../shared/app/qualification-offer-resource.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { tokenVerifierFromEnv } from "../../shared/token-verifier.ts";

// Its list and read routes are public but widen for a signed-in caller: it verifies tokens itself.
export const handler = dispatch(
  listingHandlersIn(OFFER_ROUTES, qualificationOfferResource, {
    ...depsFromEnv(),
    ...tokenVerifierFromEnv(),
  }),
);
