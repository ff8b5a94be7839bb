import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { type Caller, invoke } from "../support/events.ts";
import { offerInput, placeInput } from "../support/fixtures.ts";

const coach = { role: "coach" as const, org: "mozaik" };
const employer = { role: "employer" as const, org: "klinikum" };
const provider = { role: "provider" as const, org: "bildung" };

let deps: Deps;
let places: ReturnType<typeof dispatch>;
let offers: ReturnType<typeof dispatch>;
let matches: ReturnType<typeof dispatch>;
let sent: string[] = [];

const match = (body: Record<string, unknown>, caller: Caller | null = coach) =>
  invoke(matches, "POST /matches", { body, ...(caller ? { caller } : {}) });
const ids = (list: { item: { title: string } }[]) => list.map((m) => m.item.title);

beforeAll(async () => {
  deps = await testDeps();
  sent = recordCommands(deps);
  places = dispatch(listingHandlers(mentoringPlaceResource, deps));
  offers = dispatch(listingHandlers(qualificationOfferResource, deps));
  matches = dispatch(matchRoutes(deps));
  const place = (overrides: Record<string, unknown>) =>
    invoke(places, "POST /mentoring-places", {
      caller: employer,
      body: placeInput({ status: "published", ...overrides }),
    });
  const offer = (overrides: Record<string, unknown>) =>
    invoke(offers, "POST /qualification-offers", {
      caller: provider,
      body: offerInput({ status: "published", ...overrides }),
    });
  await place({ title: "Gütersloh exakt" });
  await place({ title: "Bielefeld Helfer", occupations: ["81301"], location: { postalCode: "33602" } });
  await place({ title: "Leipzig exakt", location: { postalCode: "04109" } });
  await place({ title: "Entwurf", status: "draft" });
  await place({ title: "Elektro Gütersloh", occupations: ["26212"] });
  await offer({ title: "Kurs Bielefeld" });
  await offer({ title: "Online Kurs", format: "online", location: undefined });
  await offer({ title: "Online Elektro", format: "online", location: undefined, occupations: ["26212"] });
});

describe("POST /matches", () => {
  it("returns ranked offers and places with German reasons", async () => {
    sent.length = 0;
    const res = await match({
      occupation: "81302",
      location: { postalCode: "33330" },
      germanLevel: "B2",
      languages: ["ar"],
    });
    expect(res.status).toBe(200);
    expect(ids(res.body.places)).toEqual(["Gütersloh exakt", "Bielefeld Helfer"]);
    expect(ids(res.body.offers)).toEqual(["Kurs Bielefeld", "Online Kurs"]);
    const [best] = res.body.places;
    expect(best.item.contact).toBeUndefined();
    expect(best.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(["occupation.exact", "distance", "german.sufficient", "language.shared"]),
    );
    expect(res.body.places[1].reasons.map((r: { code: string }) => r.code)).toContain(
      "occupation.sameSubgroup",
    );
    expect(res.body.offers[1].reasons.map((r: { code: string }) => r.code)).toContain("format.online");
    // Bounded Query calls over nearby cells of one Berufsgruppe, one BatchGet of the shown items'
    // organisation names, ONE search counter (one UpdateItem per search); never a Scan.
    const count = (name: string) => sent.filter((sentName) => sentName === name).length;
    expect(count("QueryCommand")).toBeLessThanOrEqual(9);
    expect(count("BatchGetCommand")).toBe(1);
    expect(count("UpdateCommand")).toBe(1);
    expect(sent).toHaveLength(count("QueryCommand") + 2);
    expect(sent).not.toContain(ScanCommand.name);
  });

  it("finds far places only with a larger radius; online offers everywhere", async () => {
    const dresden = await match({ occupation: "81302", location: { postalCode: "01067" } });
    expect(ids(dresden.body.places)).toEqual([]);
    expect(ids(dresden.body.offers)).toEqual(["Online Kurs"]);
    const wide = await match({ occupation: "81302", location: { postalCode: "01067" }, radiusKm: 150 });
    expect(ids(wide.body.places)).toEqual(["Leipzig exakt"]);
  });

  it("limits to the requested kinds", async () => {
    const res = await match({ occupation: "26212", location: { postalCode: "33330" }, include: ["places"] });
    expect(ids(res.body.places)).toEqual(["Elektro Gütersloh"]);
    expect(res.body.offers).toEqual([]);
  });

  it("validates the profile by field", async () => {
    const res = await match({
      occupation: "8130",
      location: { postalCode: "3333" },
      radiusKm: 301,
      include: [],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ["include", "location.postalCode", "occupation", "radiusKm"].sort(),
    );
    const unknown = await match({ occupation: "99999", location: { postalCode: "00000" } });
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "occupation",
      "location.postalCode",
    ]);
  });

  it("is for coaches and admins only", async () => {
    const body = { occupation: "81302", location: { postalCode: "33330" } };
    expect((await match(body, employer)).status).toBe(403);
    expect((await match(body, null)).status).toBe(401);
    expect((await match(body, { role: "admin", org: "netz" })).status).toBe(200);
  });

  it("accepts an Idempotency-Key: same body answers again, another body is refused", async () => {
    const headers = { "idempotency-key": "match-1" };
    const body = { occupation: "81302", location: { postalCode: "33330" } };
    const first = await invoke(matches, "POST /matches", { caller: coach, headers, body });
    const again = await invoke(matches, "POST /matches", { caller: coach, headers, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await invoke(matches, "POST /matches", {
      caller: coach,
      headers,
      body: { ...body, radiusKm: 10 },
    });
    expect(other.status).toBe(422);
  });
});
