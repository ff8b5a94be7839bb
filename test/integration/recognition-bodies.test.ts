import { describe, expect, it } from "vitest";
import { handler } from "../../functions/reference/index.ts";
import { competentBodyAnswer } from "../../shared/schemas/competent-body.ts";
import * as z from "../../shared/schemas/z.ts";
import { invoke } from "../support/events.ts";

// Issue 27: the competent body from ../shared/data/recognition/competent-bodies.csv, never a guess.
const FINDER = "https://www.anerkennung-in-deutschland.de/html/de/pro/anerkennungs-finder.php";
const ask = async (query: string) => {
  const res = await invoke(handler, "GET /recognition/bodies", { query });
  if (res.status === 200) z.parse(competentBodyAnswer, res.body); // the documented shape
  return res;
};
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((error) => error.path);

describe("GET /recognition/bodies", () => {
  it("NRW (05), Pflege from a third country: ZAG-PuG at Bezirksregierung Münster, KP or AL by choice, B2", async () => {
    const res = await ask("occupation=81302&state=05&trainedIn=third-country");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=86400");
    expect(res.body).toMatchObject({
      occupation: "81302",
      state: { code: "05", name: "Nordrhein-Westfalen" },
      trainedIn: "third-country",
      found: true,
      profession: "Pflegefachfrau/Pflegefachmann",
      regulated: "yes",
      measures: ["knowledge-exam", "adaptation-period"],
      choice: true,
      germanLevel: "B2",
      uncertain: true,
      finder: FINDER,
    });
    expect(res.body.body).toMatch(/^Equivalence: Bezirksregierung Münster – ZAG-PuG/);
    expect(res.body.legalBasis).toMatch(/^Pflegeberufegesetz \(PflBG\)/);
    expect(res.body.sourceUrl).toMatch(/^https:\/\/www\.bezreg-muenster\.de\//);
    // The CSV's caveat (outdated BR Detmold page) travels with the answer.
    expect(res.body.caveats.join(" ")).toMatch(/BR Detmold page .* is outdated/);
    // Trained in the EU: the Eignungsprüfung instead of the Kenntnisprüfung; whether they may choose is not stated.
    const eu = await ask("occupation=81302&state=05&trainedIn=eu");
    expect(eu.body).toMatchObject({ measures: ["aptitude-test", "adaptation-period"], choice: "unknown" });
  });

  it("Sachsen (14), Pflege: the KSV Sachsen, the applicant chooses; IHK occupations go to IHK FOSA", async () => {
    const res = await ask("occupation=81302-129&state=14&trainedIn=third-country");
    expect(res.body).toMatchObject({
      occupation: "81302-129",
      state: { code: "14", name: "Sachsen" },
      found: true,
      measures: ["adaptation-period", "knowledge-exam"],
      choice: true,
      germanLevel: "B2",
      uncertain: false,
      caveats: [],
    });
    expect(res.body.body).toBe(
      "Kommunaler Sozialverband Sachsen (KSV), FD 150, Leipzig: equivalence check and Erlaubnis",
    );
    // Logopädie in Sachsen asks C2, in NRW the sources do not say: unknown, never NRW's B2 or Saxony's C2.
    expect((await ask("occupation=81733&state=14&trainedIn=eu")).body.germanLevel).toBe("C2");
    expect((await ask("occupation=81733&state=05&trainedIn=eu")).body.germanLevel).toBe("unknown");
    // An occupation without a row (Elektroniker): unknown, the Finder, and the bodies for IHK/HWK occupations.
    const electrician = await ask("occupation=26212&state=14&trainedIn=third-country");
    expect(electrician.body).toMatchObject({
      found: false,
      regulated: "unknown",
      body: "unknown",
      legalBasis: "unknown",
      measures: "unknown",
      choice: "unknown",
      germanLevel: "unknown",
      finder: FINDER,
    });
    expect(electrician.body.generalBodies.map((b: { body: string }) => b.body.slice(0, 20))).toEqual([
      "IHK FOSA, Nürnberg (",
      "Handwerkskammer zu L",
      "Sächsisches Landesam",
    ]);
  });

  it("title-protected and partly regulated professions say so; unknown stays unknown", async () => {
    const architect = await ask("occupation=31114&state=05&trainedIn=third-country");
    expect(architect.body).toMatchObject({ regulated: "title-only", measures: "unknown", choice: "unknown" });
    expect(architect.body.body).toMatch(/^Architektenkammer Nordrhein-Westfalen/);
    const engineer = await ask("occupation=25104&state=14&trainedIn=eu");
    expect(engineer.body).toMatchObject({ found: true, profession: "Ingenieur/in", regulated: "title-only" });
    const rescue = await ask("occupation=81342&state=14&trainedIn=third-country");
    expect(rescue.body).toMatchObject({
      profession: "Notfallsanitäter/in",
      appliesTo: ["Notfallsanitäter/in"],
    });
    // The data covers NRW and Sachsen only: Bayern is unknown, with the Finder.
    const bavaria = await ask("occupation=81302&state=09&trainedIn=eu");
    expect(bavaria.body).toMatchObject({ found: false, body: "unknown", finder: FINDER });
    expect(bavaria.body.generalBodies).toBeUndefined();
  });

  it("refuses an unknown state, a malformed code and a bad trainedIn, naming each parameter", async () => {
    const bad: [string, string[]][] = [
      ["occupation=8130&state=05&trainedIn=eu", ["query.occupation"]],
      ["occupation=81302-12&state=05&trainedIn=eu", ["query.occupation"]],
      ["occupation=81302&state=NRW&trainedIn=eu", ["query.state"]],
      ["occupation=81302&state=17&trainedIn=eu", ["query.state"]],
      ["occupation=81302&state=05&trainedIn=drittstaat", ["query.trainedIn"]],
      ["", ["query.occupation", "query.state", "query.trainedIn"]],
    ];
    for (const [query, expected] of bad) {
      const res = await ask(query);
      expect(res.status, query).toBe(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(paths(res.body).sort(), query).toEqual([...expected].sort());
    }
  });
});
