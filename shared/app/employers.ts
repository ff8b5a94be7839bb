import { randomUUID } from "node:crypto";
import { employerPages } from "../db/employer-pages.ts";
import { employerRepository } from "../db/employer-repository.ts";
import { organisationRepository } from "../db/organisation-repository.ts";
import { type TransactItem, transactWrite } from "../db/transact.ts";
import { ConflictError, type FieldError, ValidationError } from "../domain/errors.ts";
import type { Principal } from "../domain/principal.ts";
import { nextVersion } from "../domain/versioned.ts";
import { resolvePostalCode } from "../reference/postal-codes.ts";
import type { Deps } from "../runtime.ts";
import { ORG_SLUG } from "../schemas/organisation.ts";
import type { Employer, EmployerInput, EmployerPatch } from "../schemas/employer.ts";
import { ownEmployer, requireCounselling } from "./employer-access.ts";
import { renameEmployerPlaces } from "./employer-places-rename.ts";

export type VersionCheck = (current: { version: number }) => void;

/** The record's fields as sent, checked against the reference data and the organisations. */
async function resolved(deps: Deps, fields: EmployerInput) {
  const errors: FieldError[] = [];
  const location = resolvePostalCode(fields.postalCode);
  if (!location?.district.code)
    errors.push({ path: "postalCode", message: `Unbekannte Postleitzahl ${fields.postalCode}` });
  if (fields.org !== undefined) {
    const linked = ORG_SLUG.test(fields.org) ? await organisationRepository(deps).get(fields.org) : undefined;
    if (linked?.kind !== "employer")
      errors.push({ path: "org", message: "Keine Arbeitgeber-Organisation in Passung unter dieser Kennung" });
  }
  if (errors.length || !location) throw new ValidationError(errors);
  return { ...fields, district: location.district };
}

/** Employer records of a counselling organisation: create, read, change, list and search. */
export function employerUseCases(deps: Deps) {
  const employers = employerRepository(deps);
  const pages = employerPages(deps);
  const now = () => deps.clock().toISOString();

  return {
    own: (principal: Principal, id: string) => ownEmployer(deps, principal, id),

    /** Stores a new record in one transaction with `record(employer)`, the idempotency record of its answer. */
    async create(principal: Principal, input: EmployerInput, record: (e: Employer) => TransactItem[]) {
      await requireCounselling(deps, principal);
      const fields = await resolved(deps, input);
      const at = now();
      const employer: Employer = {
        id: deps.newId(),
        counsellingOrg: principal.org,
        ...fields,
        createdAt: at,
        ...nextVersion(undefined, at),
      };
      await transactWrite(
        deps,
        { employer: employers.createActions(employer, randomUUID()), idempotency: record(employer) },
        () =>
          new ConflictError("Die Anfrage mit diesem Idempotency-Key lief gleichzeitig; bitte wiederholen."),
      );
      return employer;
    },

    /**
     * A PATCH: the fields sent change (`null` removes contact or org), checked whole again; a new
     * name reaches the places kept on the employer's behalf.
     */
    async update(principal: Principal, id: string, check: VersionCheck, changes: EmployerPatch) {
      const current = await ownEmployer(deps, principal, id);
      check(current.employer);
      const {
        id: _i,
        counsellingOrg,
        district: _d,
        version: _v,
        createdAt,
        updatedAt: _u,
        ...kept
      } = current.employer;
      const merged = { ...kept, ...changes };
      const input = Object.fromEntries(
        Object.entries(merged).filter(([, value]) => value !== null && value !== undefined),
      ) as EmployerInput;
      const next: Employer = {
        id,
        counsellingOrg,
        ...(await resolved(deps, input)),
        createdAt,
        ...nextVersion(current.employer, now()),
      };
      await employers.replace(current, next);
      // After the record's own write: a crash in between leaves a place's name to its next edit.
      if (next.name !== current.employer.name)
        await renameEmployerPlaces(deps, counsellingOrg, id, next.name);
      return next;
    },

    async list(principal: Principal, query: { q?: string; limit?: number; cursor?: string }) {
      await requireCounselling(deps, principal);
      const request = { limit: query.limit ?? 20, cursor: query.cursor };
      return query.q ? pages.search(principal.org, query.q, request) : pages.list(principal.org, request);
    },
  };
}
