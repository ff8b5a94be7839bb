import { describe, expect, it } from "vitest";
import { foldGerman, occupationTerms } from "../../shared/reference/occupation-text.ts";

describe("foldGerman", () => {
  it("lower-cases and folds umlauts, ß and accents", () => {
    expect(foldGerman("Gebäude-Straße Öl Über Café")).toBe("gebaude-strasse ol uber cafe");
  });
});

describe("occupationTerms", () => {
  it("expands gendered forms", () => {
    expect(occupationTerms("Elektroniker/in - Energie- und Gebäudetechnik")).toEqual([
      "elektroniker",
      "elektronikerin",
      "energie",
      "gebaudetechnik",
    ]);
    expect(occupationTerms("Pflegefachmann/-frau")).toEqual(["pflegefachmann", "pflegefachfrau"]);
    expect(occupationTerms("Ackerbauer/-bäuerin")).toEqual(["ackerbauer", "ackerbauerin"]);
    expect(occupationTerms("Pflanzenarzt/-ärztin")).toEqual(["pflanzenarzt", "pflanzenarztin"]);
    expect(occupationTerms("Sachkundige/r - Blitzschutz")).toEqual([
      "sachkundige",
      "sachkundiger",
      "blitzschutz",
    ]);
  });

  it("splits hyphenated compounds and keeps the joined form", () => {
    expect(occupationTerms("Kfz-Mechatroniker")).toEqual(["kfz", "mechatroniker", "kfzmechatroniker"]);
  });

  it("drops filler words and single letters, keeps each term once", () => {
    expect(occupationTerms("Berufe in der Landwirtschaft (o.S.) und Landwirtschaft")).toEqual([
      "berufe",
      "landwirtschaft",
    ]);
  });
});
