import type { Consent, ConsentEvent, ConsentInput, ConsentScope } from "../schemas/consent.ts";
import { ConflictError, ValidationError } from "./errors.ts";

/**
 * The information notice's versions a consent may name, oldest first; the last is the one
 * GET /privacy-notice prints. A new wording gets a new version here (and its texts), so what a
 * candidate agreed to can always be looked up.
 */
export const PRIVACY_NOTICE_VERSIONS = ["2026-12"] as const;
export const CURRENT_NOTICE_VERSION = PRIVACY_NOTICE_VERSIONS[PRIVACY_NOTICE_VERSIONS.length - 1] ?? "";

/** The calendar day in Germany at `at`: a consent signed at 00:30 in Bielefeld is dated that day. */
export const germanDay = (at: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(at));

const invalid = (path: string, message: string) => new ValidationError([{ path, message }]);

/** A scope the candidate agreed to and has not withdrawn. */
export const isActive = (consents: readonly Consent[] | undefined, scope: ConsentScope) =>
  (consents ?? []).some((c) => c.scope === scope && c.withdrawn === undefined);

export const activeScopes = (consents: readonly Consent[] | undefined): ConsentScope[] =>
  (consents ?? []).filter((c) => c.withdrawn === undefined).map((c) => c.scope);

/**
 * The consents after the candidate agreed to `input.scopes`: each named scope is active with this
 * version, date and language (a withdrawn one becomes active again); the others stay as they were.
 * Refuses a notice version that was never published and a date after today.
 */
export function recordConsents(
  current: readonly Consent[] | undefined,
  input: ConsentInput,
  at: string,
): { consents: Consent[]; events: ConsentEvent[] } {
  if (!(PRIVACY_NOTICE_VERSIONS as readonly string[]).includes(input.version))
    throw invalid("version", `Unbekannte Version des Informationsblatts; aktuell: ${CURRENT_NOTICE_VERSION}`);
  if (input.date > germanDay(at)) throw invalid("date", "Das Datum liegt in der Zukunft.");
  const given = input.scopes.map((scope): Consent => ({
    scope,
    version: input.version,
    date: input.date,
    language: input.language,
    recordedAt: at,
  }));
  const kept = (current ?? []).filter((c) => !input.scopes.includes(c.scope));
  return {
    consents: [...kept, ...given],
    events: given.map(({ scope, version, date, language, recordedAt }) => ({
      scope,
      action: "given",
      version,
      language,
      date,
      recordedAt,
    })),
  };
}

/**
 * The consents after the candidate withdrew `scope` on `date` (default: today in Germany). A scope
 * never agreed to cannot be withdrawn (409); one withdrawn already is left as it is (`changed:
 * false`), so a repeated withdrawal only finishes its effects. The date may be neither after today
 * nor before the consent's own date.
 */
export function withdrawConsent(
  current: readonly Consent[] | undefined,
  scope: ConsentScope,
  date: string | undefined,
  at: string,
): { consents: Consent[]; event?: ConsentEvent; changed: boolean } {
  const consents = [...(current ?? [])];
  const index = consents.findIndex((c) => c.scope === scope);
  const found = consents[index];
  if (!found)
    throw new ConflictError(`Für „${scope}“ liegt keine Einwilligung vor, die widerrufen werden könnte.`, {
      errors: [{ path: "scope", message: "Keine Einwilligung erfasst" }],
    });
  if (found.withdrawn) return { consents, changed: false };
  const on = date ?? germanDay(at);
  if (on > germanDay(at)) throw invalid("date", "Das Datum liegt in der Zukunft.");
  if (on < found.date) throw invalid("date", "Der Widerruf liegt vor dem Datum der Einwilligung.");
  consents[index] = { ...found, withdrawn: { date: on, recordedAt: at } };
  return { consents, event: { scope, action: "withdrawn", date: on, recordedAt: at }, changed: true };
}

/** POST /referrals and every other proposal: the profile reaches a partner only with `share-profile`. */
export function requireShareProfile(consents: readonly Consent[] | undefined): void {
  if (isActive(consents, "share-profile")) return;
  throw new ConflictError(
    "Ohne Einwilligung „Profil teilen“ (share-profile) darf die Kandidat:in nicht vorgeschlagen werden. Bitte zuerst die Einwilligung auf der Seite der Kandidat:in erfassen.",
    { errors: [{ path: "candidateId", message: "Keine Einwilligung zur Weitergabe des Profils" }] },
  );
}
