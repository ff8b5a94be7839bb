import { employerRoutes } from "../../functions/employers/routes.ts";
import { organisationRoutes } from "../../functions/organisations/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import { type Caller, invoke } from "./events.ts";

/** Two counselling organisations (a network, a coaching one), an employer's and a provider's. */
export const ORGS = {
  leipzig: { org: "iq-leipzig", name: "IQ Netzwerk Leipzig", kind: "network" },
  chemnitz: { org: "iq-chemnitz", name: "Beratung Chemnitz", kind: "coaching" },
  company: { org: "elektro-gross", name: "Elektro Groß GmbH", kind: "employer" },
  provider: { org: "bildung-plus", name: "Bildung Plus", kind: "provider" },
} as const;

export const coachOf = (org: string, sub = `coach-${org}`): Caller => ({ role: "coach", org, sub });

/** An employer record's body; `overrides` replace fields. */
export const employerBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Bäckerei Müller GmbH",
  sector: "C",
  size: "small",
  postalCode: "04109",
  contact: { name: "Anna Beispiel", email: "anna@baeckerei.example", consentDate: "2026-11-02" },
  ...overrides,
});

/** The employer routes over `deps`, with the organisations described as their admins would. */
export async function employerWorld(deps: Deps) {
  const handler = dispatch(employerRoutes(deps));
  const organisations = dispatch(organisationRoutes(deps));
  /** Describes an organisation as an admin would. */
  const describeOrg = async (org: string, name: string, kind: string) => {
    const res = await invoke(organisations, "PUT /organisations/{org}", {
      caller: { role: "admin", org: "passung", sub: "admin" },
      params: { org },
      body: { name, kind },
    });
    if (res.status !== 200) throw new Error(`describing ${org}: ${res.status}`);
  };
  for (const { org, name, kind } of Object.values(ORGS)) await describeOrg(org, name, kind);
  const call = (key: string, options: Parameters<typeof invoke>[2] = {}) => invoke(handler, key, options);
  /** Creates a record as `caller` and returns its id. */
  const create = async (caller: Caller, overrides: Record<string, unknown> = {}) => {
    const res = await call("POST /employers", { caller, body: employerBody(overrides) });
    if (res.status !== 201) throw new Error(`creating employer: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  };
  return { handler, call, create, describeOrg };
}
