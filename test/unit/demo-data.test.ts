import { describe, expect, it } from "vitest";
import {
  DEMO_REGIONS,
  type DemoRegion,
  demoOffers,
  demoOrganisations,
  demoPlaces,
} from "../../local/demo/demo-data.ts";
import { mentoringPlaceInput } from "../../shared/schemas/mentoring-place.ts";
import { qualificationOfferInput } from "../../shared/schemas/qualification-offer.ts";
import * as z from "../../shared/schemas/z.ts";

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * The postal codes the demo data uses, by region. Checked against shared/data when the demo data
 * was written; listed here so the test notices an item placed outside its organisation's district.
 */
const REGION_BY_POSTAL_CODE: Record<string, DemoRegion> = {
  ...region("Gütersloh", ["33330", "33332", "33334", "33378", "33415", "33428"]),
  ...region("Paderborn", ["33098", "33102", "33104", "33154"]),
  ...region("Lippe", ["32105", "32657", "32756", "32758", "32791", "32825"]),
  ...region("Bielefeld", ["33602", "33604", "33609", "33615", "33689"]),
  ...region("Leipzig", ["04103", "04109", "04155", "04177", "04229", "04277", "04289", "04357"]),
  ...region("Chemnitz", ["09111", "09112", "09113", "09126", "09130"]),
  ...region("Dresden", ["01067", "01069", "01097", "01109", "01277", "01307", "01309"]),
};

function region(name: DemoRegion, postalCodes: string[]): Record<string, DemoRegion> {
  return Object.fromEntries(postalCodes.map((code) => [code, name]));
}

/** Region of an item: where it takes place, or — online without a location — its organisation's. */
function regionOf(item: { org: string; input: { location?: { postalCode: string } } }): string | undefined {
  const postalCode = item.input.location?.postalCode;
  return postalCode === undefined ? demoOrganisations[item.org]?.region : REGION_BY_POSTAL_CODE[postalCode];
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const items = [...demoOffers, ...demoPlaces];

describe("demo data", () => {
  it("every qualification offer passes the POST schema", () => {
    const failures = demoOffers.flatMap((offer) => {
      const result = z.safeParse(qualificationOfferInput, offer.input);
      return result.success ? [] : [`${offer.id}: ${JSON.stringify(result.error.issues)}`];
    });
    expect(failures).toEqual([]);
  });

  it("every mentoring place passes the POST schema", () => {
    const failures = demoPlaces.flatMap((place) => {
      const result = z.safeParse(mentoringPlaceInput, place.input);
      return result.success ? [] : [`${place.id}: ${JSON.stringify(result.error.issues)}`];
    });
    expect(failures).toEqual([]);
  });

  it("has enough offers and places, published and drafts", () => {
    expect(demoOffers.length).toBeGreaterThanOrEqual(60);
    expect(demoPlaces.length).toBeGreaterThanOrEqual(40);
    for (const list of [demoOffers, demoPlaces]) {
      const statuses = list.map((item) => item.input.status);
      expect(statuses.filter((status) => status === "draft").length).toBeGreaterThanOrEqual(3);
      expect(statuses.filter((status) => status === "published").length).toBeGreaterThan(list.length / 2);
    }
  });

  it("has unique ids and unique titles", () => {
    expect(duplicates(items.map((item) => item.id))).toEqual([]);
    expect(duplicates(demoOffers.map((offer) => offer.input.title))).toEqual([]);
    expect(duplicates(demoPlaces.map((place) => place.input.title))).toEqual([]);
  });

  it("belongs to known organisations with valid slugs and the right role", () => {
    for (const slug of Object.keys(demoOrganisations)) expect(slug).toMatch(SLUG);
    for (const offer of demoOffers) {
      expect(offer.org).toMatch(SLUG);
      const org = demoOrganisations[offer.org];
      expect(org?.role, offer.id).toBe("provider");
      expect(offer.input.provider.name, offer.id).toBe(org?.name);
    }
    for (const place of demoPlaces) {
      expect(place.org).toMatch(SLUG);
      expect(demoOrganisations[place.org]?.role, place.id).toBe("employer");
    }
  });

  it("uses only example.org e-mail addresses", () => {
    const emails = [
      ...items.map((item) => item.input.contact.email),
      ...Object.values(demoOrganisations).map((org) => org.contact.email),
    ];
    expect(emails.filter((email) => !email.endsWith("@example.org"))).toEqual([]);
  });

  it("has online and hybrid offers", () => {
    expect(demoOffers.filter((offer) => offer.input.format === "online").length).toBeGreaterThanOrEqual(3);
    expect(demoOffers.filter((offer) => offer.input.format === "hybrid").length).toBeGreaterThanOrEqual(3);
  });

  it("has full places, and taken seats only on published places within capacity", () => {
    const full = demoPlaces.filter((place) => place.taken === place.input.capacity);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const place of demoPlaces) {
      if (place.taken === undefined) continue;
      expect(Number.isInteger(place.taken) && place.taken >= 0, place.id).toBe(true);
      expect(place.taken, place.id).toBeLessThanOrEqual(place.input.capacity);
      expect(place.input.status, place.id).toBe("published");
    }
  });

  it("has offers and places in each region, each in its organisation's region", () => {
    for (const item of items) {
      const itemRegion = regionOf(item);
      expect(itemRegion, `${item.id} ${item.input.location?.postalCode}`).toBeDefined();
      const orgRegion = demoOrganisations[item.org]?.region;
      if (item.input.location) expect(itemRegion, item.id).toBe(orgRegion);
    }
    for (const name of DEMO_REGIONS) {
      expect(
        demoOffers.filter((offer) => regionOf(offer) === name).length,
        `offers in ${name}`,
      ).toBeGreaterThan(0);
      expect(
        demoPlaces.filter((place) => regionOf(place) === name).length,
        `places in ${name}`,
      ).toBeGreaterThan(0);
    }
  });

  it("uses plausible dates", () => {
    for (const offer of demoOffers) {
      const { start, end, rolling } = offer.input;
      expect(rolling || start !== undefined, offer.id).toBe(true);
      for (const date of [start, end])
        if (date) expect(date >= "2026-01-01" && date <= "2028-12-31", offer.id).toBe(true);
    }
    for (const place of demoPlaces) {
      const { availableFrom } = place.input;
      expect(availableFrom >= "2026-12-01" && availableFrom <= "2027-12-31", place.id).toBe(true);
    }
  });

  it("includes the IQ network NRW-Ost programmes 2026–2028 with their providers", () => {
    const programmes = [
      ["Fit for MINT & e-commerce", "pro-arbeit-guetersloh", "Pro Arbeit e. V.", "Gütersloh"],
      ["Fit for civil protection & social services", "netzwerk-lippe", "Netzwerk Lippe gGmbH", "Lippe"],
      ["Fit for public services & infrastructure", "gpdm-paderborn", "GPDM GmbH", "Paderborn"],
      ["Produktionsallrounder 2.0", "bang-guetersloh", "BANG Gütersloh e.G.", "Gütersloh"],
    ] as const;
    for (const [title, org, provider, programmeRegion] of programmes) {
      const offer = demoOffers.find((candidate) => candidate.input.title === title);
      expect(offer, title).toBeDefined();
      expect(offer?.org, title).toBe(org);
      expect(offer?.input.provider.name, title).toBe(provider);
      expect(offer?.input.status, title).toBe("published");
      expect(offer && regionOf(offer), title).toBe(programmeRegion);
    }
  });

  it("has MOZAIK for OWL and a coaching organisation for Sachsen", () => {
    expect(demoOrganisations.mozaik).toMatchObject({ name: "MOZAIK gGmbH", role: "coach", region: "OWL" });
    const coaches = Object.values(demoOrganisations).filter((org) => org.role === "coach");
    expect(coaches.some((org) => org.region === "Sachsen")).toBe(true);
  });
});
