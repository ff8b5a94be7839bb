import { listQuery } from "../../schemas/common.ts";
import {
  mentoringPlace,
  mentoringPlaceInput,
  mentoringPlacePatch,
  mentoringPlaceView,
} from "../../schemas/mentoring-place.ts";
import * as z from "../../schemas/z.ts";
import { listingRoutes, WRITERS } from "./listing-routes.ts";

/** ?org=<own>&onBehalfOf=<employer id>: a counselling organisation's places kept for one employer. */
const placeListQuery = z.extend(listQuery, {
  onBehalfOf: z.optional(z.string().check(z.maxLength(64))),
});

/**
 * Mentoring places: signed-in readers only. A module of its own, so the offers' schemas stay out of
 * this function. Coaches write too: their organisation's places kept on behalf of its employer
 * records (`onBehalfOf`; shared/app/place-on-behalf.ts decides, item by item).
 */
export const PLACE_ROUTES = listingRoutes(
  "/mentoring-places",
  "mentoring-places",
  "required",
  ["employer", "coach", "admin"],
  [...WRITERS.place, "coach"],
  {
    item: mentoringPlace,
    view: mentoringPlaceView,
    input: mentoringPlaceInput,
    patch: mentoringPlacePatch,
    query: placeListQuery,
  },
);
