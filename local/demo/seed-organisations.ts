import { organisationRepository } from "../../shared/db/organisation-repository.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { OrganisationKind } from "../../shared/schemas/organisation.ts";
import { demoOrganisations, type DemoRole } from "./demo-organisations.ts";

const KIND: Record<DemoRole, OrganisationKind> = {
  coach: "coaching",
  employer: "employer",
  provider: "provider",
};

/** The demo's network operator (the admins' organisation on the sign-in page). */
const NETWORK = {
  org: "iq-netzwerk",
  name: "IQ Netzwerk NRW-Ost / Sachsen (Demo)",
  kind: "network" as const,
};

/** Every demo organisation with its name, so pages show names, never slugs. Skips existing ones. */
export async function seedDemoOrganisations(deps: Deps): Promise<number> {
  const repository = organisationRepository(deps);
  const all = [
    NETWORK,
    ...Object.entries(demoOrganisations).map(([org, o]) => ({
      org,
      name: o.name,
      kind: KIND[o.role],
      ...(o.region === "OWL" || o.region === "Sachsen" ? {} : { district: o.region }),
    })),
  ];
  const at = deps.clock().toISOString();
  let created = 0;
  for (const organisation of all) {
    if (await repository.get(organisation.org)) continue;
    await repository.put(undefined, { ...organisation, version: 1, updatedAt: at });
    created++;
  }
  return created;
}
