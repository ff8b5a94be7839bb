import { describe, expect, it } from "vitest";
import type { Listing } from "../../shared/domain/listing.ts";
import { buildHandout } from "../../shared/handout/model.ts";
import { type Counselling, planHandout } from "../../shared/handout/plan-model.ts";
import { renderHandout } from "../../shared/handout/render.ts";
import type { SavedPlan } from "../../shared/schemas/qualification-plan.ts";
import { handoutInput } from "../support/handout-fixtures.ts";

const saved: SavedPlan = {
  version: 2,
  updatedAt: "2026-11-23T10:00:00.000Z",
  coverage: 0.862,
  measure: "adaptation-period",
  uncovered: [{ topic: "Fachsprache Pflege", hours: 60, kind: "language" }],
  steps: [
    {
      kind: "offer",
      offerId: "o1",
      covers: ["Pharmakologie", "Pflegeprozess"],
      hours: 200,
      distanceKm: 16.8,
      start: "2027-01-11",
      end: "2027-06-30",
      title: "Anpassungslehrgang Pflege",
      provider: "Bildungsträger Muster",
    },
    {
      kind: "module",
      offerId: "o2",
      moduleId: "m",
      covers: [],
      hours: 40,
      distanceKm: null,
      title: "Kurs",
      moduleTitle: "Ethik",
      start: "2027-08-02",
    },
    {
      kind: "place",
      placeId: "p1",
      covers: ["Akutpflege"],
      hours: 400,
      distanceKm: 0.9,
      title: "Mentoring Akutpflege",
      start: "2026-12-01",
    },
  ],
};
const offers = new Map([
  [
    "o1",
    {
      contact: { name: "Max Beispiel", phone: "0521 123456", email: "max@example.org" },
    } as unknown as Listing,
  ],
]);
const counselling: Counselling = {
  organisation: "MOZAIK gGmbH",
  coach: { name: "Aylin Demir", phone: "+49 521 987654", email: "a.demir@mozaik.example" },
};
const page = (lang: "de" | "en" | "ar", plan = planHandout(saved, offers), c: Counselling = counselling) =>
  renderHandout({ ...buildHandout(handoutInput), plan, counselling: c }, lang);

describe("handout with a saved plan", () => {
  it("takes each step's titles, dates, hours and covers; an offer's contact from the offer; what stays open", () => {
    expect(planHandout(saved, offers)).toEqual({
      coverage: 0.862,
      measure: "adaptation-period",
      uncovered: ["Fachsprache Pflege"],
      steps: [
        {
          kind: "offer",
          title: "Anpassungslehrgang Pflege",
          provider: "Bildungsträger Muster",
          start: "2027-01-11",
          end: "2027-06-30",
          hours: 200,
          covers: ["Pharmakologie", "Pflegeprozess"],
          contact: { name: "Max Beispiel", phone: "0521 123456", email: "max@example.org" },
        },
        { kind: "module", title: "Kurs", moduleTitle: "Ethik", start: "2027-08-02", hours: 40, covers: [] },
        {
          kind: "place",
          title: "Mentoring Akutpflege",
          start: "2026-12-01",
          hours: 400,
          covers: ["Akutpflege"],
        },
      ],
    });
  });

  it("prints the plan instead of the lists, the measure first, German names marked", () => {
    const html = page("de");
    expect(html).toContain("<h2>Ihr Qualifizierungsplan</h2>");
    expect(html).toContain("den Anpassungslehrgang. Er steht an erster Stelle.");
    expect(html).toContain("Der Plan deckt 86\u00a0% der Unterschiede ab");
    expect(html).toContain(
      'Gleicht aus: <bdi lang="de" dir="ltr">Pharmakologie</bdi>, <bdi lang="de" dir="ltr">Pflegeprozess</bdi>',
    );
    expect(html).toContain("11. Januar 2027 bis 30. Juni 2027");
    expect(html).toContain("Umfang: 200 Stunden");
    expect(html).toContain('<bdi lang="de" dir="ltr">Ethik – Kurs</bdi>');
    expect(html).toContain("Beginn: 2. August 2027");
    expect(html).toContain(
      '<strong>Kontakt:</strong> <bdi lang="de" dir="ltr">Max Beispiel</bdi> · <bdi dir="ltr">0521 123456</bdi>',
    );
    expect(html).toContain("<h2>Noch offen</h2>");
    expect(html).not.toContain("<h2>Qualifizierungen</h2>");
    expect(html).not.toContain("Wählen Sie ein oder zwei Angebote aus");
    // The place step has no hours line: its hours are the practice it covers, not a course's.
    expect(html).not.toContain("Umfang: 400");
  });

  it("names the counselling organisation and the coach's work contact, in the candidate's language", () => {
    expect(page("en")).toContain(
      '<p class="counselling">Your counselling service: <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi> · Your contact person: <bdi lang="de" dir="ltr">Aylin Demir</bdi> · Phone: <bdi dir="ltr">+49 521 987654</bdi> · Email: <bdi dir="ltr">a.demir@mozaik.example</bdi></p>',
    );
    const ar = page("ar");
    expect(ar).toContain("خطة التأهيل الخاصة بك");
    expect(ar).toContain("جهة الاستشارة: <bdi");
    expect(page("de", planHandout(saved, offers), {})).not.toContain('class="counselling"');
    expect(page("de", planHandout(saved, offers), { organisation: "MOZAIK gGmbH" })).toContain(
      '<p class="counselling">Ihre Beratung: <bdi lang="de" dir="ltr">MOZAIK gGmbH</bdi></p>',
    );
  });

  it("an empty plan says so; without a plan the lists stay", () => {
    const empty = planHandout({ ...saved, steps: [], uncovered: [], coverage: 0 }, new Map());
    const html = page("de", empty);
    expect(html).toContain("Ihre Beratung hat noch keine Schritte eingetragen.");
    expect(html).not.toContain("Noch offen");
    const lists = renderHandout(buildHandout(handoutInput), "de");
    expect(lists).toContain("<h2>Qualifizierungen</h2>");
    expect(lists).not.toContain("Qualifizierungsplan");
  });
});
