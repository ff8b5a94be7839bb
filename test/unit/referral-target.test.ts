import { describe, expect, it } from "vitest";
import { TARGET_NAME, targetFields, targetOf } from "../../shared/domain/referral-target.ts";

describe("a referral's target, stored under its kind's own field names", () => {
  const place = { kind: "place", id: "P1", org: "firma-muster", title: "Pflege in Gütersloh" } as const;
  const offer = { kind: "offer", id: "O1", org: "bildung-ev", title: "Anpassungslehrgang" } as const;

  it("stores a place as placeId/placeTitle/placeOrg and an offer as offerId/offerTitle/offerOrg", () => {
    expect(targetFields(place)).toEqual({
      placeId: "P1",
      placeTitle: "Pflege in Gütersloh",
      placeOrg: "firma-muster",
    });
    expect(targetFields(offer)).toEqual({
      offerId: "O1",
      offerTitle: "Anpassungslehrgang",
      offerOrg: "bildung-ev",
    });
  });

  it("reads back what it stored", () => {
    expect(targetOf(targetFields(place))).toEqual(place);
    expect(targetOf(targetFields(offer))).toEqual(offer);
  });

  it("reads an offer by its offerId, and empty text for fields a stored referral lacks", () => {
    expect(targetOf({ offerId: "O2" })).toEqual({ kind: "offer", id: "O2", org: "", title: "" });
    expect(targetOf({ placeId: "P2" })).toEqual({ kind: "place", id: "P2", org: "", title: "" });
    expect(targetOf({})).toEqual({ kind: "place", id: "", org: "", title: "" });
  });

  it("names the kinds in German", () => {
    expect(TARGET_NAME).toEqual({ place: "Mentoringplatz", offer: "Qualifizierungsangebot" });
  });
});
