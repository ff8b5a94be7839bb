import { candidateHandout } from "../../shared/app/candidate-handout.ts";
import { candidateRepository } from "../../shared/db/candidate-repository.ts";
import { candidateItems, eraseCandidate } from "../../shared/db/candidate-erasure.ts";
import { searchMatches } from "../../shared/app/match-search.ts";
import { transactWrite } from "../../shared/db/transact.ts";
import { ConflictError } from "../../shared/domain/errors.ts";
import { nextVersion } from "../../shared/domain/versioned.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { expiryFrom, ownCandidate } from "../../shared/http/candidate-access.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import { hasRole, type Principal } from "../../shared/http/principal.ts";
import { resolveRequiredLocation } from "../../shared/reference/resolve.ts";
import { etag, html, json, noContent } from "../../shared/http/response.ts";
import { handle } from "../../shared/http/route-handler.ts";
import { parseOrThrow } from "../../shared/domain/validation.ts";
import type { Deps } from "../../shared/runtime.ts";
import { type Candidate, candidateInput } from "../../shared/schemas/candidate.ts";

export function candidateRoutes(deps: Deps): Record<string, RouteHandler> {
  const candidates = candidateRepository(deps);
  const load = async (principal: Principal, id = "") => ownCandidate(principal, await candidates.get(id));

  /** Validates the whole profile, resolves references, restarts retention. */
  function nextState(current: Candidate | undefined, org: string, body: unknown): Candidate {
    const fields = parseOrThrow(candidateInput, body);
    const location = resolveRequiredLocation(fields);
    const at = deps.clock().toISOString();
    return {
      ...(current ?? { id: deps.newId(), org, createdAt: at }),
      ...fields,
      location,
      ...nextVersion(current, at),
      expiresAt: expiryFrom(at, deps.candidateRetentionDays),
    };
  }

  return {
    "POST /candidates": handle("POST /candidates", async (req) => {
      return withIdempotency(deps, req, async (record) => {
        const candidate = nextState(undefined, req.principal.org, req.body);
        const response = json(201, candidate, { etag: etag(1), location: `/candidates/${candidate.id}` });
        await transactWrite(
          deps,
          { candidate: [candidates.createAction(candidate)], idempotency: record(response, candidate.id) },
          () =>
            new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen."),
        );
        return response;
      });
    }),

    "GET /candidates": handle("GET /candidates", async ({ principal, query }) => {
      const org = hasRole(principal, "admin") && query.org ? query.org : principal.org;
      return json(200, await candidates.listByOrg(org, { limit: query.limit ?? 20, cursor: query.cursor }));
    }),

    "GET /candidates/{id}": handle("GET /candidates/{id}", async ({ principal, params }) => {
      const candidate = await load(principal, params.id);
      return json(200, candidate, { etag: etag(candidate.version) });
    }),

    "PATCH /candidates/{id}": handle("PATCH /candidates/{id}", async (req) => {
      const current = await load(req.principal, req.params.id);
      checkIfMatch(req.header("if-match"), current);
      const {
        id: _id,
        org,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        expiresAt: _e,
        location,
        ...kept
      } = current;
      const next = nextState(current, org, {
        ...kept,
        location: { postalCode: location.postalCode },
        ...req.body,
      });
      await candidates.replace(current, next);
      return json(200, next, { etag: etag(next.version) });
    }),

    "DELETE /candidates/{id}": handle("DELETE /candidates/{id}", async (req) => {
      const candidate = await load(req.principal, req.params.id);
      checkIfMatch(req.header("if-match"), candidate);
      const erased = await eraseCandidate(deps, candidate);
      req.log.info("candidate erased", erased);
      return noContent();
    }),

    "GET /candidates/{id}/matches": handle(
      "GET /candidates/{id}/matches",
      async ({ principal, params, log }) => {
        const c = await load(principal, params.id);
        const profile = { ...c, point: { lat: c.location.lat, lon: c.location.lon } };
        const { stats: _stats, ...result } = await searchMatches(deps, log, {
          principal,
          profile,
          kinds: ["offer", "place"],
          limit: 20,
        });
        return json(200, {
          ...result,
          candidate: { occupation: c.occupation, location: c.location, radiusKm: c.radiusKm },
        });
      },
    ),

    "GET /candidates/{id}/handout": handle(
      "GET /candidates/{id}/handout",
      async ({ principal, params, query }) => {
        const candidate = await load(principal, params.id);
        return html(200, await candidateHandout(deps, candidate, query.lang), {
          "content-language": query.lang,
        });
      },
    ),

    "GET /candidates/{id}/export": handle("GET /candidates/{id}/export", async ({ principal, params }) => {
      const candidate = await load(principal, params.id);
      const { referrals } = await candidateItems(deps, candidate.id);
      const body = { exportedAt: deps.clock().toISOString(), candidate, referrals };
      return json(200, body, {
        "content-disposition": `attachment; filename="kandidat-${candidate.id}.json"`,
      });
    }),
  };
}
