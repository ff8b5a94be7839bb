import { NotFoundError } from "../../shared/domain/errors.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { REFERENCE_ROUTES } from "../../shared/http/routes/reference.ts";
import { parseOrThrow } from "../../shared/domain/validation.ts";
import { answerFor } from "../../shared/domain/competent-body.ts";
import { anerkennungsFinder, competentBodyRows } from "../../shared/reference/competent-bodies.ts";
import { getOccupation, searchOccupations } from "../../shared/reference/occupations.ts";
import { regulatedProfession } from "../../shared/reference/regulated-professions.ts";
import { STATE_NAMES } from "../../shared/schemas/states.ts";
import { resolvePostalCode } from "../../shared/reference/postal-codes.ts";
import { occupationCodeParams, postalCodeParams } from "../../shared/schemas/reference.ts";

const handle = handlerFor(REFERENCE_ROUTES);

/**
 * Reference data (KldB occupations, postal codes): public, read-only, the same for everyone, so
 * successful answers may be cached by browsers and CDNs for a day.
 */
const CACHE = { "cache-control": "public, max-age=86400" };

export const referenceRoutes = (): Record<string, RouteHandler> => ({
  "GET /occupations": handle("GET /occupations", async ({ query }) =>
    json(200, { items: searchOccupations(query.q, query.limit) }, CACHE),
  ),

  "GET /occupations/{code}": handle("GET /occupations/{code}", async ({ params }) => {
    const { code } = parseOrThrow(occupationCodeParams, params);
    const occupation = getOccupation(code);
    if (!occupation) throw new NotFoundError(`Die Berufsgattung ${code} gibt es in der KldB 2010 nicht.`);
    return json(200, occupation, CACHE);
  }),

  "GET /postal-codes/{code}": handle("GET /postal-codes/{code}", async ({ params }) => {
    const { code } = parseOrThrow(postalCodeParams, params);
    const location = resolvePostalCode(code);
    if (!location) throw new NotFoundError(`Die Postleitzahl ${code} ist unbekannt.`);
    return json(200, location, CACHE);
  }),

  "GET /recognition/bodies": handle("GET /recognition/bodies", async ({ query }) => {
    const answer = answerFor(competentBodyRows(), query, regulatedProfession);
    return json(
      200,
      {
        occupation: query.occupation,
        state: { code: query.state, name: STATE_NAMES[query.state] },
        trainedIn: query.trainedIn,
        ...answer,
        finder: anerkennungsFinder(),
      },
      CACHE,
    );
  }),
});
