import { eraseEmployer } from "../../shared/app/employer-erasure.ts";
import { employerMeasureUseCases } from "../../shared/app/employer-measures.ts";
import { employerSessionUseCases } from "../../shared/app/employer-sessions.ts";
import { employerUseCases } from "../../shared/app/employers.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import { etag, json, noContent } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { EMPLOYER_ROUTES } from "../../shared/http/routes/employers.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(EMPLOYER_ROUTES);

export function employerRoutes(deps: Deps): Record<string, RouteHandler> {
  const employers = employerUseCases(deps);
  const sessions = employerSessionUseCases(deps);
  const measures = employerMeasureUseCases(deps);

  return {
    "POST /employers": handle("POST /employers", async (req) =>
      withIdempotency(deps, req, async (record) => {
        const answer = (e: { id: string }) => json(201, e, { etag: etag(1), location: `/employers/${e.id}` });
        // The stored answer holds the contact: linked to the record, it is erased with it.
        return answer(
          await employers.create(req.principal, req.body, (e) => record(answer(e), { employerId: e.id })),
        );
      }),
    ),

    "GET /employers": handle("GET /employers", async ({ principal, query }) =>
      json(200, await employers.list(principal, query)),
    ),

    "GET /employers/{id}": handle("GET /employers/{id}", async ({ principal, params }) => {
      const { employer } = await employers.own(principal, params.id ?? "");
      return json(200, employer, { etag: etag(employer.version) });
    }),

    "PATCH /employers/{id}": handle("PATCH /employers/{id}", async (req) => {
      const ifMatch = req.header("if-match");
      const next = await employers.update(
        req.principal,
        req.params.id ?? "",
        (current) => checkIfMatch(ifMatch, current),
        req.body,
      );
      return json(200, next, { etag: etag(next.version) });
    }),

    /** Erases, or finishes an erasure that stopped midway (then If-Match need only be there). */
    "DELETE /employers/{id}": handle("DELETE /employers/{id}", async (req) => {
      const ifMatch = req.header("if-match");
      const erased = await eraseEmployer(deps, req.principal, req.params.id ?? "", (current) =>
        checkIfMatch(ifMatch, current ?? { version: 0 }, !current),
      );
      req.log.info("employer record erased", erased);
      return noContent();
    }),

    "POST /employers/{id}/sessions": handle("POST /employers/{id}/sessions", async (req) =>
      withIdempotency(deps, req, async (record) => {
        const answer = (s: { id: string; employerId: string }) =>
          json(201, s, { etag: etag(1), location: `/employers/${s.employerId}/sessions` });
        const created = await sessions.create(req.principal, req.params.id ?? "", req.body, (s) =>
          record(answer(s), { employerId: s.employerId }),
        );
        return answer(created);
      }),
    ),

    "GET /employers/{id}/sessions": handle("GET /employers/{id}/sessions", async ({ principal, params }) =>
      json(200, await sessions.list(principal, params.id ?? "")),
    ),

    "DELETE /employers/{id}/sessions/{sessionId}": handle(
      "DELETE /employers/{id}/sessions/{sessionId}",
      async (req) => {
        const ifMatch = req.header("if-match");
        await sessions.remove(req.principal, req.params.id ?? "", req.params.sessionId ?? "", (current) =>
          checkIfMatch(ifMatch, current),
        );
        return noContent();
      },
    ),

    "POST /employers/{id}/measures": handle("POST /employers/{id}/measures", async (req) =>
      withIdempotency(deps, req, async (record) => {
        const answer = (m: { id: string; employerId: string }) =>
          json(201, m, { etag: etag(1), location: `/employers/${m.employerId}/measures` });
        const created = await measures.create(req.principal, req.params.id ?? "", req.body, (m) =>
          record(answer(m), { employerId: m.employerId }),
        );
        return answer(created);
      }),
    ),

    "GET /employers/{id}/measures": handle("GET /employers/{id}/measures", async ({ principal, params }) =>
      json(200, await measures.list(principal, params.id ?? "")),
    ),

    "PATCH /employers/{id}/measures/{measureId}": handle(
      "PATCH /employers/{id}/measures/{measureId}",
      async (req) => {
        const ifMatch = req.header("if-match");
        const next = await measures.update(
          req.principal,
          req.params.id ?? "",
          req.params.measureId ?? "",
          (current) => checkIfMatch(ifMatch, current),
          req.body,
        );
        return json(200, next, { etag: etag(next.version) });
      },
    ),
  };
}
