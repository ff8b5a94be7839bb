import type { RouteContext } from "../../core/router.ts";
import type { MentoringPlace } from "../../core/types.ts";
import { placeFields } from "../employer/place-fields.ts";
import { listingFormPage } from "../listings/listing-form-page.ts";
import { employerPath } from "./model.ts";

/**
 * A mentoring place the counselling organisation offers on behalf of an employer record: the
 * employer's own place form, created with `onBehalfOf`, leading back to the employer's page.
 */
export function placeOnBehalfPage(ctx: RouteContext): void {
  const employerId = ctx.params.employerId ?? "";
  return listingFormPage<MentoringPlace>({
    base: "/mentoring-places",
    listPath: employerPath(employerId),
    noun: "Mentoringplatz",
    newTitle: "Neuer Mentoringplatz für den Arbeitgeber",
    build: (place) => {
      const { fields, body } = placeFields(place);
      // Only a new place names its employer; an edit keeps it.
      return { fields, body: () => (place ? body() : { ...body(), onBehalfOf: employerId }) };
    },
  })(ctx);
}
