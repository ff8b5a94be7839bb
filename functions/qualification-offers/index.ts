import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { tokenVerifierFromEnv } from "../../shared/token-verifier.ts";

// Its list and read routes are public but widen for a signed-in caller: it verifies tokens itself.
export const handler = dispatch(
  listingHandlers(qualificationOfferResource, { ...depsFromEnv(), ...tokenVerifierFromEnv() }),
);
