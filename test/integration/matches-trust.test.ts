import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { matchRoutes } from "../../functions/matches/routes.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import type { Deps } from "../../shared/runtime.ts";
import { recordCommands, testDeps } from "../support/db.ts";
import { invoke } from "../support/events.ts";
import { offerInput, placeInput } from "../support/fixtures.ts";

// Issue 14: the coach cases, tried as a coach would, against demo-like items.
const coach = { role: "coach" as const, org: "mozaik" };
const employer = { role: "employer" as const, org: "betrieb" };
const provider = { role: "provider" as const, org: "traeger" };

let deps: Deps;
let matches: ReturnType<typeof dispatch>;
let sent: string[] = [];

interface Reason {
  code: string;
  text: string;
}
interface MatchOut {
  item: { title: string; location?: { place: string } };
  score: number;
  distanceKm: number | null;
  reasons: Reason[];
}
const match = (body: Record<string, unknown>) => invoke(matches, "POST /matches", { body, caller: coach });
const titles = (list: MatchOut[]) => list.map((m) => m.item.title);
const codes = (m: MatchOut | undefined) => m?.reasons.map((r) => r.code);

beforeAll(async () => {
  deps = await testDeps();
  const places = dispatch(listingHandlers(mentoringPlaceResource, deps));
  const offers = dispatch(listingHandlers(qualificationOfferResource, deps));
  matches = dispatch(matchRoutes(deps));
  const place = async (overrides: Record<string, unknown>) => {
    const res = await invoke(places, "POST /mentoring-places", {
      caller: employer,
      body: placeInput({ status: "published", germanLevel: undefined, ...overrides }),
    });
    expect(res.status).toBe(201);
  };
  const offer = async (overrides: Record<string, unknown>) => {
    const res = await invoke(offers, "POST /qualification-offers", {
      caller: provider,
      body: offerInput({ status: "published", germanLevel: undefined, ...overrides }),
    });
    expect(res.status).toBe(201);
  };
  // Leipzig: a place for 26212 nearby, a course in 26302 in Chemnitz.
  await place({
    title: "Elektro-Mentoring Leipzig",
    occupations: ["26212"],
    location: { postalCode: "04155" },
  });
  await offer({
    title: "Elektrotechnik Chemnitz",
    occupations: ["26302"],
    location: { postalCode: "09111" },
  });
  // Bielefeld: a Kenntnisprüfung in Medizin and one in Zahnmedizin.
  await offer({
    title: "Kenntnisprüfung Medizin",
    occupations: ["81404"],
    location: { postalCode: "33602" },
  });
  await offer({
    title: "Kenntnisprüfung Zahnmedizin",
    occupations: ["81474"],
    location: { postalCode: "33602" },
  });
  // Erzieherin: a Saxon course online, an NRW one in Bielefeld.
  await offer({
    title: "Anpassung Erzieher Sächsischer Bildungsplan",
    occupations: ["83113"],
    kind: "adaptation-course",
    format: "online",
    location: undefined,
    validIn: ["14"],
  });
  await offer({
    title: "Anpassung Erzieher NRW",
    occupations: ["83113"],
    kind: "adaptation-course",
    location: { postalCode: "33602" },
    validIn: ["05"],
  });
  // Paderborn: a Fachkraft course nearby, an engineering course in Bielefeld.
  await offer({
    title: "CNC-Fachkraft Paderborn",
    occupations: ["25102"],
    location: { postalCode: "33098" },
  });
  await offer({
    title: "Ingenieur Brückenkurs Bielefeld",
    occupations: ["25104"],
    location: { postalCode: "33602" },
  });
  // Gütersloh: German courses to B2 and to C1, an adaptation course.
  const german = { occupations: ["81302"], kind: "language-course", location: { postalCode: "33330" } };
  await offer({ ...german, title: "Deutsch B1 bis B2", germanLevel: "B1", targetGermanLevel: "B2" });
  await offer({ ...german, title: "Deutsch B2 bis C1", germanLevel: "B2", targetGermanLevel: "C1" });
  await offer({
    title: "Anpassungslehrgang Pflege",
    kind: "adaptation-course",
    location: { postalCode: "33330" },
  });
  sent = recordCommands(deps);
}, 60_000);

describe("coach cases (issue 14)", () => {
  it("Elektroniker in Leipzig: no dead end — the nearest course beyond, and the code they may have meant", async () => {
    sent.length = 0;
    const res = await match({ occupation: "26302", location: { postalCode: "04109" } });
    expect(res.status).toBe(200);
    expect(res.body.offers).toEqual([]);
    expect(res.body.places).toEqual([]);
    const [next] = res.body.beyond.offers as MatchOut[];
    expect(next?.item.title).toBe("Elektrotechnik Chemnitz");
    expect(next?.distanceKm).toBe(68.1);
    expect(next?.reasons[1]).toEqual({
      code: "distance.beyondRadius",
      text: "68,1 km entfernt (Chemnitz) – außerhalb des Umkreises von 50 km",
    });
    expect(res.body.beyond.places).toEqual([]);
    expect(res.body.suggestions).toEqual([
      { occupation: "26212", title: expect.stringMatching(/Bauelektrik/), offers: 0, places: 1 },
    ]);
    // Bounded: the usual cover, one wider read of the Berufsgruppe, one of the Berufshauptgruppe,
    // one BatchGet of the shown items' organisation names; writes: the one search counter.
    const count = (name: string) => sent.filter((sentName) => sentName === name).length;
    expect(count("QueryCommand")).toBeLessThanOrEqual(11);
    expect(count("BatchGetCommand")).toBe(1);
    expect(count("UpdateCommand")).toBe(1);
    expect(count("QueryCommand") + count("BatchGetCommand")).toBeLessThanOrEqual(12);
    expect(sent).not.toContain(ScanCommand.name);
  });

  it("Ärztin in Bielefeld: no Zahnmedizin course; the regulated result says so, recognition first", async () => {
    const res = await match({
      occupation: "81404",
      location: { postalCode: "33602" },
      recognition: { status: "none" },
    });
    expect(titles(res.body.offers)).toEqual(["Kenntnisprüfung Medizin"]);
    expect(res.body.offers[0].reasons).toContainEqual({
      code: "occupation.regulated",
      text: "Reglementierter Beruf (Bundesrecht) – Anerkennung erforderlich",
    });
    expect(codes(res.body.offers[0])?.at(-1)).toBe("recognition.first");
  });

  it("Erzieherin in Detmold: the Saxon course is not in the list, only in beyond when nothing else fits", async () => {
    const detmold = { occupation: "83113", location: { postalCode: "32756" } };
    const res = await match(detmold);
    expect(titles(res.body.offers)).toEqual(["Anpassung Erzieher NRW"]);
    expect(res.body.beyond?.offers ?? []).toEqual([]);
    const leipzig = await match({ ...detmold, location: { postalCode: "04109" } });
    expect(titles(leipzig.body.offers)).toEqual(["Anpassung Erzieher Sächsischer Bildungsplan"]);
    const small = await match({ ...detmold, radiusKm: 10 });
    expect(small.body.offers).toEqual([]);
    expect(small.body.beyond.offers.map((m: MatchOut) => [m.item.title, codes(m)?.slice(1, 3)])).toEqual([
      ["Anpassung Erzieher NRW", ["occupation.regulated", "distance.beyondRadius"]],
      ["Anpassung Erzieher Sächsischer Bildungsplan", ["occupation.regulated", "format.online"]],
    ]);
    expect(codes(small.body.beyond.offers[1])).toContain("region.otherState");
  });

  it("Maschinenbauingenieur in Paderborn: the course at their level first, the Fachkraft course flagged", async () => {
    const res = await match({ occupation: "25104", location: { postalCode: "33098" } });
    expect(titles(res.body.offers)).toEqual(["Ingenieur Brückenkurs Bielefeld", "CNC-Fachkraft Paderborn"]);
    expect(res.body.offers[1].score).toBeGreaterThan(res.body.offers[0].score);
    expect(res.body.offers[1].reasons).toContainEqual({
      code: "occupation.belowLevel",
      text: "Unter dem Niveau des Referenzberufs: Fachkraft statt Experte",
    });
  });

  it("B2 candidate: no German course up to B2; a full recognition puts adaptation last", async () => {
    const res = await match({ occupation: "81302", location: { postalCode: "33330" }, germanLevel: "B2" });
    expect(titles(res.body.offers)).not.toContain("Deutsch B1 bis B2");
    expect(titles(res.body.offers)).toContain("Deutsch B2 bis C1");
    const full = await match({
      occupation: "81302",
      location: { postalCode: "33330" },
      germanLevel: "B2",
      recognition: { status: "full" },
    });
    expect(titles(full.body.offers)).toEqual(["Deutsch B2 bis C1", "Anpassungslehrgang Pflege"]);
    expect(codes(full.body.offers[1])?.at(-1)).toBe("recognition.full");
  });
});
