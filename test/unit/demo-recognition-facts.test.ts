import { describe, expect, it } from "vitest";
import { demoOffers, demoPlaces } from "../../local/demo/demo-data.ts";

// Issue 27: what a recognition counsellor would correct in the demo, pinned.
const offers = demoOffers.map((o) => o.input);
const texts = [...offers, ...demoPlaces.map((p) => p.input)].map((i) => `${i.title} ${i.description}`);

describe("demo data says what the law and the authorities say", () => {
  it("types every legal Anpassungslehrgang as adaptation-period and no Anpassungsqualifizierung so", () => {
    const legal = offers.filter((o) => /^Anpassungslehrgang/.test(o.title));
    expect(legal.length).toBeGreaterThanOrEqual(6);
    for (const o of legal) expect(o.kind, o.title).toBe("adaptation-period");
    const bbig = offers.filter((o) => /Elektroniker|Büromanagement/.test(o.title));
    expect(bbig.length).toBeGreaterThanOrEqual(3);
    for (const o of bbig) expect(o.kind, o.title).toBe("adaptation-course");
  });

  it("names IHK FOSA, ZAG at Bezirksregierung Münster and the KSV Sachsen as the deciding bodies", () => {
    for (const text of texts) {
      // The local IHK advises; IHK FOSA decides (competent-bodies.csv).
      expect(text).not.toMatch(/Gleichwertigkeits(feststellung|prüfung) (bei )?der IHK/);
      // NRW nursing: ZAG-PuG at Bezirksregierung Münster since 2021; Sachsen: KSV, not the Landesdirektion.
      if (/Pflege|Hebamme|Altenpflege/.test(text)) {
        expect(text).not.toMatch(/Bezirksregierung Detmold|Landesdirektion Sachsen/);
      }
    }
    expect(texts.some((t) => t.includes("IHK FOSA"))).toBe(true);
    expect(texts.some((t) => t.includes("ZAG-PuG (Bezirksregierung Münster)"))).toBe(true);
    expect(texts.some((t) => t.includes("Kommunalen Sozialverbands Sachsen"))).toBe(true);
  });

  it("keeps the chamber's Fachsprachprüfung to doctors and lets a hospitant only observe", () => {
    for (const o of offers.filter((o) => o.title.includes("Fachsprachprüfung"))) {
      expect(o.title, o.title).toMatch(/Medizin C1/);
    }
    const doctors = demoPlaces
      .map((p) => p.input)
      .filter((p) => p.kinds.includes("hospitation") && p.occupations.includes("81404"));
    expect(doctors.length).toBe(3);
    for (const p of doctors) {
      expect(p.description).toContain(
        "Ohne Approbation oder Berufserlaubnis keine eigene Tätigkeit am Patienten",
      );
      expect(p.description).not.toMatch(/Aufnahme und Dokumentation unter Anleitung/);
    }
  });
});
