import { profileRepository } from "../../shared/db/profile-repository.ts";
import type { Deps } from "../../shared/runtime.ts";
import { demoOrganisations } from "./demo-organisations.ts";

/**
 * The demo staff member who acts for an organisation in the seed: employers and providers created
 * the listings as `demo-<org>`, coaches propose as `demo-coach-<org>`.
 */
export const demoStaffSub = (org: string, role: string) =>
  role === "coach" ? `demo-coach-${org}` : `demo-${org}`;

/**
 * One profile (`GET/PUT /me`) per demo organisation: its contact person as the work contact, so the
 * hand-off shows a coach's name and number, and the organisation's notices reach someone (mails
 * land in MailDev locally). Before the marker like the names: older demo tables get them too; a
 * profile that exists stays as it is.
 */
export async function seedDemoProfiles(deps: Deps): Promise<number> {
  const profiles = profileRepository(deps);
  const at = deps.clock().toISOString();
  let count = 0;
  for (const [org, { role, contact }] of Object.entries(demoOrganisations)) {
    await profiles.putIfMissing({
      sub: demoStaffSub(org, role),
      org,
      role,
      name: contact.name,
      email: contact.email,
      ...(contact.phone ? { phone: contact.phone } : {}),
      notify: "immediately",
      version: 1,
      updatedAt: at,
    });
    count++;
  }
  return count;
}
