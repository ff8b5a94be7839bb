import {
  mentoringPlace,
  mentoringPlaceInput,
  mentoringPlacePatch,
  mentoringPlaceView,
} from "../../schemas/mentoring-place.ts";
import { listingRoutes, WRITERS } from "./listing-routes.ts";

/** Mentoring places: signed-in readers only. A module of its own, so the offers' schemas stay out of this function. */
export const PLACE_ROUTES = listingRoutes(
  "/mentoring-places",
  "mentoring-places",
  "required",
  ["employer", "coach", "admin"],
  WRITERS.place,
  { item: mentoringPlace, view: mentoringPlaceView, input: mentoringPlaceInput, patch: mentoringPlacePatch },
);
