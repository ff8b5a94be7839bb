import { describe, expect, it } from "vitest";
import { beyondMatches } from "../../shared/domain/matching.ts";
import {
  beyond,
  north,
  offer,
  place,
  professionOf,
  profile,
  rank,
  reasons,
  today,
} from "./matching-fixtures.ts";

// Issue 14. Ids are chosen so that their alphabetical order contradicts the expected ranking.
const here = { code: "distance", text: "0 km entfernt" };
const seatsNow = { code: "availability.now", text: "Jetzt frei, nur noch wenige Plätze" };
const rolling = { code: "availability.rolling", text: "Laufender Einstieg möglich" };

describe("regulated professions", () => {
  it("never relates two different regulated professions of one Berufsgruppe", () => {
    const zahn = offer("a-zahn", { occupations: ["81474"] });
    const arzt = { occupation: "81404" };
    expect(rank([zahn], arzt)).toEqual([["a-zahn", 0.6, 0]]);
    expect(rank([zahn], arzt, professionOf)).toEqual([]);
    // Same profession (Facharzt), or a code that is not regulated: related as before.
    const entries = [
      zahn,
      offer("b-facharzt", { occupations: ["81424"], point: north(25) }),
      offer("c-mixed", { occupations: ["81474", "81484"] }),
    ];
    expect(rank(entries, arzt, professionOf)).toEqual([
      ["c-mixed", 0.6, 0],
      ["b-facharzt", 0.45, 25],
    ]);
    // Only one side regulated: no licence is crossed.
    expect(rank([zahn], { occupation: "81403" }, professionOf)).toEqual([["a-zahn", 0.6, 0]]);
  });

  it("never relates them within one Berufsuntergruppe either", () => {
    const labarzt = place("p", { occupations: ["81214"] });
    expect(rank([labarzt], { occupation: "81212" })).toEqual([["p", 0.75, 0]]);
    expect(rank([labarzt], { occupation: "81212" }, professionOf)).toEqual([]);
  });

  it("says when a result is a regulated profession, and under which law", () => {
    expect(reasons(offer("o", { occupations: ["81424"] }), { occupation: "81404" }, professionOf)).toEqual([
      { code: "occupation.related", text: "Verwandter Beruf in derselben Berufsgruppe (KldB 814)" },
      {
        code: "occupation.regulated",
        text: "Reglementierter Beruf (Bundesrecht) – Anerkennung erforderlich",
      },
      here,
      rolling,
    ]);
    expect(reasons(place("p", { occupations: ["83113"] }), { occupation: "83113" }, professionOf)).toEqual([
      { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 83113)" },
      {
        code: "occupation.regulated",
        text: "Reglementierter Beruf (Landesrecht) – Anerkennung erforderlich",
      },
      here,
      seatsNow,
    ]);
  });
});

describe("protected titles and partly regulated Berufsgattungen (issue 27)", () => {
  it("says of an architect's place that only the title needs recognition, never that work does", () => {
    const found = reasons(place("p", { occupations: ["31114"] }), { occupation: "31114" }, professionOf);
    expect(found?.[1]).toEqual({
      code: "occupation.titleProtected",
      text: "Berufsbezeichnung geschützt (Landesrecht): Arbeiten ist ohne Anerkennung erlaubt, nur die Bezeichnung „Architekt/in“ braucht sie",
    });
    expect(JSON.stringify(found)).not.toContain("Anerkennung erforderlich");
    // Without a decision a title-protected profession does not start with the procedure.
    const none = reasons(
      place("p", { occupations: ["31114"] }),
      { occupation: "31114", recognitionStatus: "none" },
      professionOf,
    );
    expect(none?.map((r) => r.code)).not.toContain("recognition.first");
  });

  it("names the regulated occupations of a Berufsgattung that is only partly regulated", () => {
    const found = reasons(
      offer("o", { occupations: ["81342"] }),
      { occupation: "81342", recognitionStatus: "none" },
      professionOf,
    );
    expect(found?.[1]).toEqual({
      code: "occupation.partlyRegulated",
      text: "Teils reglementiert (Bundesrecht): Anerkennung erforderlich für Notfallsanitäter/in, nicht für jeden Beruf dieser Berufsgattung",
    });
    // A Rettungssanitäter in 81342 needs no recognition procedure first.
    expect(found?.map((r) => r.code)).not.toContain("recognition.first");
  });
});

describe("Anforderungsniveau", () => {
  it("ranks every match below the candidate's level under every match at or above it", () => {
    const engineer = { occupation: "25104" };
    const entries = [
      place("a-fachkraft", { occupations: ["25102"] }),
      place("b-spezialist", { occupations: ["25103"], point: north(5) }),
      place("c-helfer", { occupations: ["25101"], point: north(10) }),
      place("z-related-expert", { occupations: ["25134"], point: north(25) }),
    ];
    expect(rank(entries, engineer)).toEqual([
      ["z-related-expert", 0.45, 25],
      ["a-fachkraft", 0.75, 0],
      ["b-spezialist", 0.72, 5],
      ["c-helfer", 0.69, 10],
    ]);
    // Above the candidate's level is no step down.
    expect(rank([place("p", { occupations: ["25104"] })], { occupation: "25102" })).toEqual([["p", 0.75, 0]]);
  });

  it("says so, naming both levels", () => {
    expect(reasons(place("p", { occupations: ["25102"] }), { occupation: "25104" })).toEqual([
      {
        code: "occupation.sameSubgroup",
        text: "Gleiche Berufsuntergruppe (KldB 2510), anderes Anforderungsniveau: Fachkraft statt Experte",
      },
      { code: "occupation.belowLevel", text: "Unter dem Niveau des Referenzberufs: Fachkraft statt Experte" },
      here,
      seatsNow,
    ]);
    expect(reasons(place("p", { occupations: ["25104"] }), { occupation: "25102" })?.[1]).toEqual(here);
  });
});

describe("targetGermanLevel of language courses", () => {
  const courses = [
    offer("a-to-b2", { offerKind: "language-course", targetGermanLevel: "B2", point: north(10) }),
    offer("b-to-c1", { offerKind: "language-course", targetGermanLevel: "C1" }),
    offer("c-to-b1", { offerKind: "language-course", targetGermanLevel: "B1", point: north(5) }),
  ];

  it("is no match when the target is at or below the candidate's level", () => {
    expect(rank(courses, { germanLevel: "B1" })).toEqual([
      ["b-to-c1", 0.9, 0],
      ["a-to-b2", 0.84, 10],
    ]);
    expect(rank(courses, { germanLevel: "B2" })).toEqual([["b-to-c1", 0.9, 0]]);
    expect(rank(courses, { germanLevel: "C1" })).toEqual([]);
  });

  it("keeps every course when the candidate's level is unknown", () => {
    expect(rank(courses, { germanLevel: undefined })).toEqual([
      ["b-to-c1", 0.9, 0],
      ["c-to-b1", 0.87, 5],
      ["a-to-b2", 0.84, 10],
    ]);
  });
});

describe("validIn: offers that lead to recognition only in some Länder", () => {
  const entries = [
    offer("a-sachsen", { validIn: ["14"] }),
    offer("b-both", { validIn: ["05", "14"], point: north(10) }),
    offer("c-empty", { validIn: [], point: north(5) }),
  ];

  it("keeps an offer for another Land out of the list and offers it in beyond", () => {
    const nrw = { state: "05" };
    expect(rank(entries, nrw)).toEqual([
      ["c-empty", 0.87, 5],
      ["b-both", 0.84, 10],
    ]);
    expect(beyond(entries, nrw)).toEqual([["a-sachsen", 0.9, 0]]);
    expect(beyondMatches({ ...profile, ...nrw }, entries, today)[0]?.reasons).toEqual([
      { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 81302)" },
      here,
      {
        code: "region.otherState",
        text: "Führt nur in Sachsen zur Anerkennung, nicht in Nordrhein-Westfalen",
      },
      rolling,
    ]);
  });

  it("lists it for a candidate in that Land, or when the candidate's Land is unknown", () => {
    expect(rank(entries, { state: "14" }).map(([id]) => id)).toEqual(["a-sachsen", "c-empty", "b-both"]);
    expect(rank(entries).map(([id]) => id)).toEqual(["a-sachsen", "c-empty", "b-both"]);
    expect(beyond(entries)).toEqual([]);
  });
});

describe("beyond: the nearest items outside the radius", () => {
  it("offers the three nearest up to 300 km that match in every other respect", () => {
    const entries = [
      place("a-120", { point: north(120) }),
      place("b-300", { point: north(300) }),
      place("c-too-far", { point: north(300.2) }),
      place("d-60", { point: north(60) }),
      place("e-inside", { point: north(10) }),
      place("f-full", { point: north(80), acceptedCount: 2 }),
      place("g-200", { point: north(200) }),
    ];
    // Beyond the radius the distance adds nothing: 0.5 + 0 + 0 + 0.1.
    expect(beyond(entries)).toEqual([
      ["d-60", 0.6, 60],
      ["a-120", 0.6, 120],
      ["g-200", 0.6, 200],
    ]);
    expect(beyond(entries.filter((e) => e.id.startsWith("b-") || e.id.startsWith("c-")))).toEqual([
      ["b-300", 0.6, 300],
    ]);
    expect(rank(entries)).toEqual([["e-inside", 0.84, 10]]);
  });

  it("says how far, where, and which radius it is outside of", () => {
    const chemnitz = place("p", { point: north(68), placeName: "Chemnitz" });
    expect(beyondMatches(profile, [chemnitz], today)[0]?.reasons).toEqual([
      { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 81302)" },
      {
        code: "distance.beyondRadius",
        text: "68 km entfernt (Chemnitz) – außerhalb des Umkreises von 50 km",
      },
      seatsNow,
    ]);
  });

  it("orders by distance, then tier and score; online offers of another Land come last", () => {
    const entries = [
      offer("a-online", { online: true, point: undefined, validIn: ["14"] }),
      offer("b-below", { occupations: ["81301"], point: north(70) }),
      offer("c-same-distance", { point: north(70), languages: ["ar"] }),
      offer("d-fit", { point: north(70) }),
    ];
    expect(beyond(entries, { state: "05" })).toEqual([
      ["c-same-distance", 0.7, 70],
      ["d-fit", 0.6, 70],
      ["b-below", 0.45, 70],
    ]);
    expect(beyond(entries.slice(0, 1), { state: "05" })).toEqual([["a-online", 0.78, null]]);
  });
});

describe("recognition status", () => {
  const entries = [
    offer("a-adapt", { offerKind: "adaptation-course" }),
    offer("b-language", { offerKind: "language-course", point: north(40) }),
    offer("c-below", { occupations: ["81301"], offerKind: "bridge-course" }),
  ];

  it("full: adaptation offers rank below everything else, also below a lower level", () => {
    expect(rank(entries, { recognitionStatus: "full" })).toEqual([
      ["b-language", 0.66, 40],
      ["c-below", 0.75, 0],
      ["a-adapt", 0.9, 0],
    ]);
    expect(rank(entries, { recognitionStatus: "partial" })).toEqual([
      ["a-adapt", 0.9, 0],
      ["b-language", 0.66, 40],
      ["c-below", 0.75, 0],
    ]);
  });

  it("full: says so for each adaptation kind, for no other kind and for no place", () => {
    const full = { recognitionStatus: "full" as const };
    const said = { code: "recognition.full", text: "Anerkennung liegt bereits vor" };
    for (const kind of [
      "adaptation-course",
      "knowledge-exam-prep",
      "aptitude-test-prep",
      "on-the-job-adaptation",
    ]) {
      expect(reasons(offer("o", { offerKind: kind }), full)?.at(-1)).toEqual(said);
    }
    for (const kind of ["bridge-course", "language-course", "other", undefined]) {
      expect(reasons(offer("o", { offerKind: kind }), full)).toEqual([
        { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 81302)" },
        here,
        rolling,
      ]);
    }
    expect(reasons(place("p", { offerKind: "adaptation-course" }), full)?.at(-1)).toEqual(seatsNow);
    // The legal Anpassungslehrgang (issue 27) is pointless once recognition is full, too.
    expect(reasons(offer("o", { offerKind: "adaptation-period" }), full)?.at(-1)).toEqual({
      code: "recognition.full",
      text: "Anerkennung liegt bereits vor",
    });
  });

  it("none or pending in a regulated profession: the recognition procedure comes first", () => {
    const erzieherin = (status: "none" | "pending" | "partial" | "full" | undefined) =>
      reasons(
        place("p", { occupations: ["83113"] }),
        { occupation: "83113", recognitionStatus: status },
        professionOf,
      )?.at(-1);
    expect(erzieherin("none")).toEqual({
      code: "recognition.first",
      text: "Zuerst das Anerkennungsverfahren: Antrag bei der zuständigen Stelle stellen",
    });
    expect(erzieherin("pending")).toEqual({
      code: "recognition.first",
      text: "Zuerst das Anerkennungsverfahren: den Bescheid abwarten, er nennt die auszugleichenden Unterschiede",
    });
    expect(erzieherin("partial")).toEqual(seatsNow);
    expect(erzieherin("full")).toEqual(seatsNow);
    expect(erzieherin(undefined)).toEqual(seatsNow);
    // Not regulated: nothing to say.
    expect(reasons(place("p"), { recognitionStatus: "none" }, professionOf)?.at(-1)).toEqual(seatsNow);
  });
});
