import { organisationRepository } from "../db/organisation-repository.ts";
import { profileRepository, type StoredProfile } from "../db/profile-repository.ts";
import { ForbiddenError, NotFoundError, PreconditionFailedError } from "../domain/errors.ts";
import { hasRole, type Principal } from "../domain/principal.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Deps } from "../runtime.ts";
import {
  ORG_SLUG,
  type Organisation,
  type OrganisationInput,
  type Profile,
  type ProfileInput,
} from "../schemas/organisation.ts";

/** The role a profile shows: admin when the token grants it, else the first role it grants. */
const roleOf = (principal: Principal) => (hasRole(principal, "admin") ? "admin" : (principal.roles[0] ?? ""));

/** A member may describe its organisation but not name it: the name is what partners trust. */
const nameIsAdmins = () =>
  new ForbiddenError("Nur Admins vergeben oder ändern den Namen einer Organisation.", {
    errors: [{ path: "name", message: "Nur Admins ändern den Namen" }],
  });

/**
 * Organisations and profiles. Anyone signed in reads an organisation (pages show its name); only
 * an admin or a member describes it, and only an admin sets its name (a member cannot disguise
 * its organisation as another; names are unique, organisation-repository.ts). A profile belongs to the token's subject; its `sub`, `org`
 * and `role` always come from the token, never from stored or sent data.
 */
export function organisationUseCases(deps: Deps) {
  const organisations = organisationRepository(deps);
  const profiles = profileRepository(deps);
  const now = () => deps.clock().toISOString();

  async function read(org: string): Promise<Organisation> {
    const found = ORG_SLUG.test(org) ? await organisations.get(org) : undefined;
    if (!found) throw new NotFoundError("Organisation nicht gefunden.");
    return found;
  }

  return {
    read,

    /** `checkVersion` (If-Match) runs when the organisation exists; creating takes no If-Match. */
    async describe(
      principal: Principal,
      org: string,
      input: OrganisationInput,
      checkVersion: (current: Organisation) => void,
      ifMatchSent: boolean,
    ): Promise<Organisation> {
      if (!hasRole(principal, "admin") && principal.org !== org)
        throw new ForbiddenError("Nur Mitglieder der Organisation oder Admins dürfen sie ändern.");
      if (!ORG_SLUG.test(org)) throw new NotFoundError("Organisation nicht gefunden.");
      const current = await organisations.get(org);
      if (current) checkVersion(current);
      // If-Match names a version of something that does not exist (RFC 9110 §13.1.1).
      else if (ifMatchSent) throw new PreconditionFailedError();
      if (!hasRole(principal, "admin") && input.name !== current?.name) throw nameIsAdmins();
      const next: Organisation = { org, ...input, ...nextVersion(current, now()) };
      await organisations.put(current, next);
      return next;
    },

    list: organisations.list,

    async profile(principal: Principal): Promise<Profile> {
      const [stored, own] = await Promise.all([
        profiles.get(principal.sub),
        organisations.get(principal.org),
      ]);
      return {
        notify: "immediately",
        version: 0,
        ...stored,
        sub: principal.sub,
        org: principal.org,
        role: roleOf(principal),
        ...(own ? { orgName: own.name } : {}),
      };
    },

    async updateProfile(principal: Principal, input: ProfileInput): Promise<Profile> {
      const current = await profiles.get(principal.sub);
      const next: StoredProfile = {
        ...input,
        sub: principal.sub,
        org: principal.org,
        role: roleOf(principal),
        ...nextVersion(current, now()),
      };
      await profiles.put(next);
      const own = await organisations.get(principal.org);
      return { ...next, ...(own ? { orgName: own.name } : {}) };
    },
  };
}
