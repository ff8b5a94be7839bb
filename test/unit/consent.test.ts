import { describe, expect, it } from "vitest";
import {
  activeScopes,
  CURRENT_NOTICE_VERSION,
  germanDay,
  isActive,
  PRIVACY_NOTICE_VERSIONS,
  recordConsents,
  requireShareProfile,
  withdrawConsent,
} from "../../shared/domain/consent.ts";
import { ConflictError, ValidationError } from "../../shared/domain/errors.ts";
import type { Consent, ConsentInput } from "../../shared/schemas/consent.ts";

const AT = "2026-11-23T10:00:00.000Z";
const input = (over: Partial<ConsentInput> = {}): ConsentInput => ({
  version: "2026-12",
  date: "2026-11-20",
  scopes: ["store", "share-profile"],
  language: "ar",
  ...over,
});
const given = (scope: Consent["scope"], over: Partial<Consent> = {}): Consent => ({
  scope,
  version: "2026-12",
  date: "2026-11-01",
  language: "de",
  recordedAt: "2026-11-01T09:00:00.000Z",
  ...over,
});
const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError)
      return {
        status: error.statusCode,
        paths: (error.extra.errors as { path: string }[]).map((e) => e.path),
      };
    throw error;
  }
  return undefined;
};

describe("the notice's versions", () => {
  it("prints the last published one", () => {
    expect(PRIVACY_NOTICE_VERSIONS).toEqual(["2026-12"]);
    expect(CURRENT_NOTICE_VERSION).toBe("2026-12");
  });
});

describe("germanDay", () => {
  it("is the calendar day in Germany, winter and summer", () => {
    expect(germanDay("2026-11-22T22:59:59.000Z")).toBe("2026-11-22");
    expect(germanDay("2026-11-22T23:00:00.000Z")).toBe("2026-11-23");
    expect(germanDay("2026-07-01T21:59:00.000Z")).toBe("2026-07-01");
    expect(germanDay("2026-07-01T22:00:00.000Z")).toBe("2026-07-02");
  });
});

describe("active scopes", () => {
  const consents = [
    given("store"),
    given("share-profile", { withdrawn: { date: "2026-11-02", recordedAt: AT } }),
  ];
  it("are those given and not withdrawn", () => {
    expect(activeScopes(consents)).toEqual(["store"]);
    expect(isActive(consents, "store")).toBe(true);
    expect(isActive(consents, "share-profile")).toBe(false);
    expect(isActive(consents, "esf-data")).toBe(false);
    expect(activeScopes(undefined)).toEqual([]);
    expect(isActive(undefined, "store")).toBe(false);
  });
});

describe("recordConsents", () => {
  it("makes each named scope active with the version, date and language, and keeps the others", () => {
    const current = [
      given("esf-data"),
      given("store", { withdrawn: { date: "2026-11-05", recordedAt: AT } }),
    ];
    const { consents, events } = recordConsents(current, input(), AT);
    expect(consents).toEqual([
      given("esf-data"),
      { scope: "store", version: "2026-12", date: "2026-11-20", language: "ar", recordedAt: AT },
      { scope: "share-profile", version: "2026-12", date: "2026-11-20", language: "ar", recordedAt: AT },
    ]);
    expect(events).toEqual([
      {
        scope: "store",
        action: "given",
        version: "2026-12",
        language: "ar",
        date: "2026-11-20",
        recordedAt: AT,
      },
      {
        scope: "share-profile",
        action: "given",
        version: "2026-12",
        language: "ar",
        date: "2026-11-20",
        recordedAt: AT,
      },
    ]);
  });

  it("starts from nothing", () => {
    expect(recordConsents(undefined, input({ scopes: ["store"] }), AT).consents).toHaveLength(1);
  });

  it("refuses a version never published, naming `version`", () => {
    expect(fieldsOf(() => recordConsents([], input({ version: "2026-11" }), AT))).toEqual({
      status: 400,
      paths: ["version"],
    });
  });

  it("refuses a date after today in Germany, and takes today", () => {
    expect(fieldsOf(() => recordConsents([], input({ date: "2026-11-24" }), AT))).toEqual({
      status: 400,
      paths: ["date"],
    });
    expect(fieldsOf(() => recordConsents([], input({ date: "2026-11-23" }), AT))).toBeUndefined();
    // 23:30 UTC is already the next day in Germany.
    expect(
      fieldsOf(() => recordConsents([], input({ date: "2026-11-24" }), "2026-11-23T23:30:00.000Z")),
    ).toBeUndefined();
  });
});

describe("withdrawConsent", () => {
  it("marks the scope withdrawn on the date given, or today", () => {
    const current = [given("store"), given("share-profile")];
    const on = withdrawConsent(current, "share-profile", "2026-11-10", AT);
    expect(on).toEqual({
      consents: [
        given("store"),
        given("share-profile", { withdrawn: { date: "2026-11-10", recordedAt: AT } }),
      ],
      event: { scope: "share-profile", action: "withdrawn", date: "2026-11-10", recordedAt: AT },
      changed: true,
    });
    expect(withdrawConsent(current, "store", undefined, AT).event?.date).toBe("2026-11-23");
    // The input stays as it was.
    expect(current[1]).toEqual(given("share-profile"));
  });

  it("leaves a withdrawn scope as it is", () => {
    const current = [given("store", { withdrawn: { date: "2026-11-05", recordedAt: AT } })];
    expect(withdrawConsent(current, "store", "2026-11-20", AT)).toEqual({
      consents: current,
      changed: false,
    });
  });

  it("refuses a scope never given (409 naming scope)", () => {
    expect(fieldsOf(() => withdrawConsent([given("store")], "esf-data", undefined, AT))).toEqual({
      status: 409,
      paths: ["scope"],
    });
    expect(fieldsOf(() => withdrawConsent(undefined, "store", undefined, AT))?.status).toBe(409);
  });

  it("refuses a date in the future or before the consent's, and takes the consent's own day", () => {
    const current = [given("store", { date: "2026-11-01" })];
    expect(fieldsOf(() => withdrawConsent(current, "store", "2026-11-24", AT))).toEqual({
      status: 400,
      paths: ["date"],
    });
    expect(fieldsOf(() => withdrawConsent(current, "store", "2026-10-31", AT))).toEqual({
      status: 400,
      paths: ["date"],
    });
    expect(withdrawConsent(current, "store", "2026-11-01", AT).changed).toBe(true);
    expect(withdrawConsent(current, "store", "2026-11-23", AT).changed).toBe(true);
  });
});

describe("requireShareProfile", () => {
  it("lets a candidate with share-profile through and stops every other one, naming candidateId", () => {
    expect(() => requireShareProfile([given("share-profile")])).not.toThrow();
    for (const consents of [
      undefined,
      [given("store")],
      [given("share-profile", { withdrawn: { date: "2026-11-02", recordedAt: AT } })],
    ]) {
      const refused = fieldsOf(() => requireShareProfile(consents));
      expect(refused).toEqual({ status: 409, paths: ["candidateId"] });
    }
    try {
      requireShareProfile([]);
    } catch (error) {
      expect((error as Error).message).toMatch(/Einwilligung „Profil teilen“/);
    }
  });
});

/** What a refusal says: its detail and the message at each field. */
const wordsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError)
      return {
        detail: error.message,
        messages: (error.extra.errors as { message: string }[]).map((e) => e.message),
      };
    throw error;
  }
  return undefined;
};

describe("refusals in German", () => {
  it("say what is wrong at the field, and what to do", () => {
    expect(wordsOf(() => recordConsents([], input({ version: "2026-11" }), AT))?.messages).toEqual([
      "Unbekannte Version des Informationsblatts; aktuell: 2026-12",
    ]);
    expect(wordsOf(() => recordConsents([], input({ date: "2026-11-24" }), AT))?.messages).toEqual([
      "Das Datum liegt in der Zukunft.",
    ]);
    expect(wordsOf(() => withdrawConsent([given("store")], "esf-data", undefined, AT))).toEqual({
      detail: "Für „esf-data“ liegt keine Einwilligung vor, die widerrufen werden könnte.",
      messages: ["Keine Einwilligung erfasst"],
    });
    const current = [given("store", { date: "2026-11-01" })];
    expect(wordsOf(() => withdrawConsent(current, "store", "2026-11-24", AT))?.messages).toEqual([
      "Das Datum liegt in der Zukunft.",
    ]);
    expect(wordsOf(() => withdrawConsent(current, "store", "2026-10-31", AT))?.messages).toEqual([
      "Der Widerruf liegt vor dem Datum der Einwilligung.",
    ]);
    expect(wordsOf(() => requireShareProfile(undefined))).toEqual({
      detail:
        "Ohne Einwilligung „Profil teilen“ (share-profile) darf die Kandidat:in nicht vorgeschlagen werden. Bitte zuerst die Einwilligung auf der Seite der Kandidat:in erfassen.",
      messages: ["Keine Einwilligung zur Weitergabe des Profils"],
    });
  });
});
