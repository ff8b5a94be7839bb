import { beforeAll, describe, expect, it } from "vitest";
import { qualificationOfferResource } from "../../shared/app/listing-resources.ts";
import { HANDOUT_LANGUAGES } from "../../shared/handout/languages.ts";
import { TRANSLATIONS } from "../../shared/handout/translations/index.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import { type Caller, invoke } from "../support/events.ts";
import { offerInput } from "../support/fixtures.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

/** GET /candidates/{id}/handout against DynamoDB Local: the page, and every refusal. */
let world: Awaited<ReturnType<typeof referralWorld>>;
let candidateId: string;
const provider: Caller = { role: "provider", org: "pro-arbeit", sub: "provider-1" };
const OFFER = "Anpassungsqualifizierung Pflege – Kenntnisprüfung mit Praxis";

beforeAll(async () => {
  world = await referralWorld();
  const offers = dispatch(listingHandlers(qualificationOfferResource, world.deps));
  const offer = await invoke(offers, "POST /qualification-offers", {
    caller: provider,
    body: offerInput({
      title: OFFER,
      status: "published",
      germanLevel: "B1",
      languages: ["ar"],
      contact: { name: "Max Beispiel", email: "max.beispiel@example.org", phone: "0521 123456" },
    }),
  });
  expect(offer.status).toBe(201);
  await world.place({ title: "Mentoring Pflege – Klinikum Gütersloh", location: { postalCode: "33332" } });
  candidateId = (await world.candidate()).id;
}, 120_000);

const handout = (query: string | undefined, caller: Caller = coach, id = candidateId) =>
  world.call("handouts", "GET /candidates/{id}/handout", {
    caller,
    params: { id },
    ...(query && { query }),
  });

describe("GET /candidates/{id}/handout", () => {
  it("answers a printable page in the chosen language, not stored by any cache", async () => {
    const res = await handout("lang=ar");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-language"]).toBe("ar");
    const html = String(res.body);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<span class="de-mark">بالألمانية</span><bdi lang="de" dir="ltr">${OFFER}</bdi>`);
    expect(html).toContain("Mentoring Pflege – Klinikum Gütersloh");
    expect(html).toContain(TRANSLATIONS.ar.reasons["availability.rolling"]);
    expect(html).toContain(TRANSLATIONS.ar.recognition.partial);
    expect(html).toContain('<bdi dir="ltr">0521 123456</bdi>');
  });

  it("shows no case number, no candidate data beyond occupation and town, no mentor's contact", async () => {
    const html = String((await handout("lang=de")).body);
    expect(html).toContain('Wohnort: <bdi lang="de" dir="ltr">Gütersloh</bdi>');
    expect(html).toContain('(<bdi dir="ltr">KldB 81302</bdi>)');
    for (const text of [
      "OWL-2026-0042",
      candidateId,
      "Bezirksregierung Detmold",
      "Praxis Intensivpflege",
      "33330",
    ])
      expect(html).not.toContain(text);
    expect(html).not.toContain("Petra Beispiel");
    expect(html).toContain('Rufen Sie <bdi lang="de" dir="ltr">Max Beispiel</bdi> an');
  });

  it("writes German when no language is asked for", async () => {
    const res = await handout(undefined);
    expect(String(res.body)).toContain('<html lang="de" dir="ltr">');
  });

  it("answers 400 naming the supported languages for an unknown one", async () => {
    for (const query of ["lang=xx", "lang=", "lang=DE", "lang=de&extra=1"]) {
      const res = await handout(query);
      expect(res.status, query).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    const res = await handout("lang=pl");
    expect(res.body.errors).toEqual([
      { path: "query.lang", message: `Unbekannte Sprache; unterstützt: ${HANDOUT_LANGUAGES.join(", ")}` },
    ]);
  });

  it("answers 404 for another organisation's candidate, 403 for roles without candidates", async () => {
    const stranger = await handout("lang=en", { role: "coach", org: "andere-beratung", sub: "coach-9" });
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.body)).not.toContain("Gütersloh");
    expect((await handout("lang=en", provider)).status).toBe(403);
    expect((await handout("lang=en", coach, "no-such-candidate")).status).toBe(404);
  });

  it("answers 404 once the candidate is erased", async () => {
    const { id, version } = await world.candidate({ reference: "LOESCH-1" });
    expect((await handout("lang=tr", coach, id)).status).toBe(200);
    const erased = await world.call("candidates", "DELETE /candidates/{id}", {
      caller: coach,
      params: { id },
      headers: { "if-match": `"${version}"` },
    });
    expect(erased.status).toBe(204);
    expect((await handout("lang=tr", coach, id)).status).toBe(404);
  });
});
