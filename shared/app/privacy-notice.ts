import { readOrganisationCard } from "../db/organisation-card.ts";
import { readWorkContact } from "../db/work-contact.ts";
import { CURRENT_NOTICE_VERSION, germanDay } from "../domain/consent.ts";
import type { Principal } from "../domain/principal.ts";
import { DEFAULT_RETENTION_MONTHS } from "../domain/retention.ts";
import type { HandoutLanguage } from "../handout/languages.ts";
import { renderPrivacyNotice } from "../handout/privacy-notice.ts";
import type { Deps } from "../runtime.ts";

/**
 * The information notice for the caller's organisation (the controller) in one language, with the
 * caller's work contact: what the candidate reads before the coach records the consent with
 * its `version`.
 */
export async function privacyNotice(deps: Deps, principal: Principal, lang: HandoutLanguage) {
  const [organisation, adviser] = await Promise.all([
    readOrganisationCard(deps, principal.org),
    readWorkContact(deps, principal.sub),
  ]);
  const html = renderPrivacyNotice(
    {
      version: CURRENT_NOTICE_VERSION,
      date: germanDay(deps.clock().toISOString()),
      ...(organisation ? { organisation } : {}),
      ...(adviser && Object.keys(adviser).length ? { adviser } : {}),
      // The deployment's retention period (shared/domain/retention.ts), as the candidate is kept.
      retentionMonths: deps.candidateRetentionMonths ?? DEFAULT_RETENTION_MONTHS,
    },
    lang,
  );
  return { html, version: CURRENT_NOTICE_VERSION };
}
