import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlersIn } from "../../shared/http/listing-area-handlers.ts";
import { PLACE_ROUTES } from "../../shared/http/routes/mentoring-places.ts";
import { mentoringPlaceResource } from "../../shared/app/mentoring-place-resource.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

export const handler = dispatch(listingHandlersIn(PLACE_ROUTES, mentoringPlaceResource, depsFromEnv()));
