import { describe, expect, it } from "vitest";
import { proposePlan } from "../../shared/domain/qualification-plan.ts";
import { diff, input, mod, offer, place } from "./plan-fixtures.ts";

// Ids and organisations are named so that their alphabetical order contradicts the expected
// choice: a result that holds only through the id tie-break fails these tests.
const ids = (plan: ReturnType<typeof proposePlan>) =>
  plan.steps.map((s) => [s.kind, s.offerId ?? s.placeId, s.moduleId].filter(Boolean).join(":"));

describe("proposePlan: the compensation measure", () => {
  const differences = [
    diff("Pharmakologie", 120),
    diff("Akutpflege", 400, "practice"),
    diff("Fachsprache", 60, "language"),
  ];
  const compensation = { decisionKind: "compensation-required" as const, measure: "knowledge-exam" as const };

  it("comes first: the nearest preparation for the decided measure, covering theory and practice", () => {
    const plan = proposePlan(
      input({
        differences,
        case: { ...compensation, differences },
        offers: [
          offer("a-far", { offerKind: "knowledge-exam-prep", distanceKm: 30 }),
          offer("b-near", {
            offerKind: "knowledge-exam-prep",
            distanceKm: 8,
            start: "2026-09-01",
            end: "2026-12-18",
          }),
          offer("c-period", { offerKind: "adaptation-period", distanceKm: 1 }),
          offer("d-early", {
            modules: [mod("m", ["Pharmakologie"], { startDates: ["2026-04-06"] })],
            distanceKm: 1,
          }),
        ],
      }),
    );
    expect(plan.measure).toBe("knowledge-exam");
    expect(plan.steps).toEqual([
      {
        kind: "offer",
        offerId: "b-near",
        covers: ["Pharmakologie", "Akutpflege"],
        hours: 520,
        distanceKm: 8,
        start: "2026-09-01",
        end: "2026-12-18",
      },
    ]);
    expect(plan.uncovered).toEqual([{ topic: "Fachsprache", hours: 60, kind: "language" }]);
    expect(plan.coverage).toBe(0.897);
  });

  it("the measure offer that closes more wins over a nearer one; an online one counts at onlineKm", () => {
    const plan = proposePlan(
      input({
        case: { decisionKind: "compensation-required", measure: "adaptation-period", differences },
        offers: [
          offer("a-near", {
            offerKind: "adaptation-period",
            distanceKm: 2,
            modules: [mod("x", ["Akutpflege"])],
          }),
          offer("b-far", {
            offerKind: "adaptation-period",
            distanceKm: 40,
            modules: [mod("y", ["Akutpflege"]), mod("z", ["pharmakologie"])],
          }),
          offer("c-online", { offerKind: "aptitude-test-prep", distanceKm: null }),
        ],
      }),
    );
    expect(ids(plan)).toEqual(["offer:b-far"]);
    expect(plan.steps[0]?.hours).toBe(80);
    const online = proposePlan(
      input({
        case: { decisionKind: "compensation-required", measure: "aptitude-test", differences },
        onlineKm: 19,
        offers: [
          offer("a-20", { offerKind: "aptitude-test-prep", distanceKm: 20 }),
          offer("b-online", { offerKind: "aptitude-test-prep", distanceKm: null }),
        ],
      }),
    );
    expect(online.steps.map((s) => [s.offerId, s.distanceKm])).toEqual([["b-online", null]]);
  });

  it("is proposed even when it names none of the differences; without one found, `measure` still says what is due", () => {
    const named = proposePlan(
      input({
        case: { ...compensation, differences: [diff("Pharmakologie", 10)] },
        offers: [offer("k", { offerKind: "knowledge-exam-prep", modules: [mod("m", ["Ethik"])] })],
      }),
    );
    expect(named.steps).toEqual([{ kind: "offer", offerId: "k", covers: [], hours: 40, distanceKm: 10 }]);
    const none = proposePlan(input({ case: { ...compensation, differences } }));
    expect(none).toEqual({
      coverage: 0,
      steps: [],
      measure: "knowledge-exam",
      uncovered: [
        { topic: "Pharmakologie", hours: 120, kind: "theory" },
        { topic: "Akutpflege", hours: 400, kind: "practice" },
        { topic: "Fachsprache", hours: 60, kind: "language" },
      ],
    });
  });

  it("only with compensation-required: a partial equivalence has no measure step and no measure", () => {
    const plan = proposePlan(
      input({
        case: { decisionKind: "partial-equivalence", measure: "knowledge-exam", differences },
        offers: [offer("k", { offerKind: "knowledge-exam-prep" })],
      }),
    );
    expect(plan.steps).toEqual([]);
    expect(plan).not.toHaveProperty("measure");
    expect(
      proposePlan(input({ case: { decisionKind: "compensation-required", differences } })).steps,
    ).toEqual([]);
  });
});

describe("proposePlan: modules from as few providers as possible", () => {
  const differences = [diff("A", 10), diff("B", 10), diff("C", 10)];

  it("one provider that closes everything beats nearer providers that need two", () => {
    const plan = proposePlan(
      input({
        differences,
        offers: [
          offer("x1", { org: "z-one", distanceKm: 40, modules: [mod("ab", ["A", "B"])] }),
          offer("x2", { org: "z-one", distanceKm: 45, modules: [mod("c", ["C"])] }),
          offer("y", { org: "a-two", distanceKm: 5, modules: [mod("ab", ["A", "B"])] }),
          offer("z", { org: "b-three", distanceKm: 3, modules: [mod("c", ["C"])] }),
        ],
      }),
    );
    expect(ids(plan)).toEqual(["module:x1:ab", "module:x2:c"]);
    expect(plan.coverage).toBe(1);
    expect(plan.uncovered).toEqual([]);
  });

  it("a provider already in the plan comes first, however far", () => {
    const plan = proposePlan(
      input({
        case: { decisionKind: "compensation-required", measure: "adaptation-period", differences },
        offers: [
          offer("m", { org: "z-used", offerKind: "adaptation-period", modules: [mod("a", ["A"])] }),
          offer("m2", { org: "z-used", distanceKm: 90, modules: [mod("b", ["B"])] }),
          offer("n", { org: "a-new", distanceKm: 1, modules: [mod("bc", ["B", "C"])] }),
        ],
      }),
    );
    expect(ids(plan)).toEqual(["offer:m", "module:m2:b", "module:n:bc"]);
    expect(plan.steps[2]?.covers).toEqual(["C"]);
  });

  it("equal gain: the nearer provider; equal distance: by organisation", () => {
    const far = offer("p", { org: "a-far", distanceKm: 20, modules: [mod("m", ["A", "B", "C"])] });
    const near = offer("q", { org: "b-near", distanceKm: 12, modules: [mod("m", ["A", "B", "C"])] });
    expect(ids(proposePlan(input({ differences, offers: [far, near] })))).toEqual(["module:q:m"]);
    const tied = [far, { ...near, distanceKm: 20 }];
    expect(ids(proposePlan(input({ differences, offers: tied })))).toEqual(["module:p:m"]);
    expect(ids(proposePlan(input({ differences, offers: [...tied].reverse() })))).toEqual(["module:p:m"]);
  });

  it("equal gain: a provider's nearest module counts for its distance", () => {
    const plan = proposePlan(
      input({
        differences: [diff("A", 10), diff("B", 10)],
        offers: [
          offer("y", { org: "a-two", distanceKm: 20, modules: [mod("ab", ["A", "B"])] }),
          offer("x1", { org: "b-one", distanceKm: 5, modules: [mod("a", ["A"])] }),
          offer("x2", { org: "b-one", distanceKm: 50, modules: [mod("b", ["B"])] }),
        ],
      }),
    );
    expect(ids(plan)).toEqual(["module:x1:a", "module:x2:b"]);
  });

  it("within a provider: more hours closed first, then nearer, then earlier, then by id", () => {
    const d = [diff("A", 10), diff("B", 30)];
    const more = proposePlan(
      input({
        differences: d,
        offers: [offer("o", { org: "p", modules: [mod("a-small", ["A"]), mod("b-big", ["B", "A"])] })],
      }),
    );
    expect(ids(more)).toEqual(["module:o:b-big"]);
    const nearer = proposePlan(
      input({
        differences: [diff("A", 10)],
        offers: [
          offer("a-o", { org: "p", distanceKm: 9, modules: [mod("m", ["A"])] }),
          offer("b-o", { org: "p", distanceKm: 4, modules: [mod("m", ["A"])] }),
        ],
      }),
    );
    expect(ids(nearer)).toEqual(["module:b-o:m"]);
    const nearFirst = proposePlan(
      input({
        differences: [diff("A", 10)],
        offers: [
          offer("a-o", { org: "p", distanceKm: 4, modules: [mod("m", ["A"])] }),
          offer("b-o", { org: "p", distanceKm: 9, modules: [mod("m", ["A"])] }),
        ],
      }),
    );
    expect(ids(nearFirst)).toEqual(["module:a-o:m"]);
    const earlier = proposePlan(
      input({
        differences: [diff("A", 10)],
        offers: [
          offer("o", {
            org: "p",
            modules: [
              mod("b-late", ["A"], { startDates: ["2026-06-01"] }),
              mod("c-soon", ["A"], { startDates: ["2026-04-01"] }),
              mod("a-undated", ["A"]),
            ],
          }),
        ],
      }),
    );
    expect(ids(earlier)).toEqual(["module:o:c-soon"]);
    expect(earlier.steps[0]).toMatchObject({ start: "2026-04-01", end: "2026-04-07" });
    const byId = proposePlan(
      input({
        differences: [diff("A", 10)],
        offers: [offer("o", { org: "p", modules: [mod("b", ["A"]), mod("a", ["A"])] })],
      }),
    );
    expect(ids(byId)).toEqual(["module:o:a"]);
  });

  it("no two steps overlap where dates are known; a module without a free or coming date is left out", () => {
    const plan = proposePlan(
      input({
        differences,
        offers: [
          offer("o", {
            org: "p",
            modules: [
              mod("a", ["A"], { hours: 80, startDates: ["2026-04-06"] }),
              mod("b", ["B"], { startDates: ["2026-04-13", "2026-04-20"] }),
              mod("c", ["C"], { startDates: ["2026-04-06", "2026-01-05"] }),
            ],
          }),
        ],
      }),
    );
    expect(plan.steps.map((s) => [s.moduleId, s.start, s.end])).toEqual([
      ["a", "2026-04-06", "2026-04-19"],
      ["b", "2026-04-20", "2026-04-26"],
    ]);
    expect(plan.uncovered).toEqual([{ topic: "C", hours: 10, kind: "theory" }]);
    expect(plan.coverage).toBe(0.667);
  });
});

describe("proposePlan: practice and language", () => {
  it("the nearest matching place takes the practice differences left, from the later of today and its start", () => {
    const plan = proposePlan(
      input({
        differences: [diff("Praxis", 200, "practice"), diff("Wundversorgung", 40, "practice")],
        offers: [offer("o", { modules: [mod("w", ["Wundversorgung"], { kind: "practice" })] })],
        places: [place("a-far", 30), place("c-near", 4, "2026-05-01"), place("b-near", 4, "2026-05-01")],
      }),
    );
    expect(plan.steps).toEqual([
      {
        kind: "place",
        placeId: "b-near",
        covers: ["Praxis"],
        hours: 200,
        distanceKm: 4,
        start: "2026-05-01",
      },
      { kind: "module", offerId: "o", moduleId: "w", covers: ["Wundversorgung"], hours: 40, distanceKm: 10 },
    ]);
    const reversed = proposePlan(
      input({
        differences: [diff("Praxis", 1, "practice")],
        places: [place("b-near", 4), place("c-near", 4), place("a-far", 30)],
      }),
    );
    expect(reversed.steps.map((st) => st.placeId)).toEqual(["b-near"]);
    const now = proposePlan(
      input({ differences: [diff("P", 5, "practice")], places: [place("p", 1, "2026-01-01")] }),
    );
    expect(now.steps[0]?.start).toBe("2026-03-02");
    expect(proposePlan(input({ differences: [diff("T", 5)], places: [place("p", 1)] })).steps).toEqual([]);
  });

  it("a language course up to the required level: one that reaches it beats a nearer one that does not", () => {
    const c = {
      differences: [diff("Fachsprache Pflege", 60, "language")],
      germanLevel: "B1" as const,
      requiredGermanLevel: "B2" as const,
    };
    const plan = proposePlan(
      input({
        case: { decisionKind: "partial-equivalence", ...c },
        offers: [
          offer("a-b1", { offerKind: "language-course", targetGermanLevel: "B1", distanceKm: 1 }),
          offer("b-b2", {
            offerKind: "language-course",
            targetGermanLevel: "B2",
            distanceKm: 30,
            rolling: true,
          }),
          offer("c-other", { distanceKm: 0 }),
        ],
      }),
    );
    expect(plan.steps).toEqual([
      {
        kind: "language",
        offerId: "b-b2",
        covers: ["Fachsprache Pflege", "Deutsch B2"],
        hours: 61,
        distanceKm: 30,
      },
    ]);
    expect(plan.coverage).toBe(1);
  });

  it("no language need, no course; a German level nobody teaches stays uncovered", () => {
    const course = offer("l", { offerKind: "language-course", targetGermanLevel: "C1" });
    expect(proposePlan(input({ differences: [diff("A", 1)], offers: [course] })).steps).toEqual([]);
    const left = proposePlan(
      input({
        case: { differences: [], germanLevel: "A2", requiredGermanLevel: "B2" },
        offers: [offer("l", { offerKind: "language-course", targetGermanLevel: "B1" })],
      }),
    );
    expect(left).toEqual({
      coverage: 0,
      steps: [],
      uncovered: [{ topic: "Deutsch B2", hours: 1, kind: "language" }],
    });
  });

  it("steps after the measure run in the order they start, undated last; a language course may not overlap", () => {
    const plan = proposePlan(
      input({
        case: {
          decisionKind: "compensation-required",
          measure: "adaptation-period",
          differences: [diff("A", 10), diff("Sprache", 5, "language")],
          germanLevel: "B1",
          requiredGermanLevel: "B2",
        },
        offers: [
          offer("m", { offerKind: "adaptation-period", start: "2026-09-01", end: "2026-12-01" }),
          offer("l-overlap", {
            offerKind: "language-course",
            targetGermanLevel: "B2",
            start: "2026-11-01",
            end: "2027-01-31",
            distanceKm: 1,
          }),
          offer("l-ok", {
            offerKind: "language-course",
            targetGermanLevel: "B2",
            start: "2026-04-01",
            end: "2026-08-31",
            distanceKm: 9,
          }),
        ],
      }),
    );
    expect(ids(plan)).toEqual(["offer:m", "language:l-ok"]);
    expect(plan.coverage).toBe(1);
  });

  it("orders the steps by start, undated last, whatever the order they were picked in; mixed needs get a place and a course", () => {
    const plan = proposePlan(
      input({
        differences: [
          diff("A", 30),
          diff("D", 20),
          diff("B", 10),
          diff("Station", 100, "practice"),
          diff("Fachsprache", 5, "language"),
          diff("Recht", 7),
        ],
        offers: [
          offer("o", {
            org: "p",
            modules: [
              mod("a", ["A"], { startDates: ["2026-06-01"] }),
              mod("d", ["D"]),
              mod("b", ["B"], { startDates: ["2026-04-01"] }),
            ],
          }),
          offer("l", {
            offerKind: "language-course",
            targetGermanLevel: "B2",
            start: "2026-05-04",
            end: "2026-05-20",
          }),
        ],
        places: [place("s", 3, "2026-05-01")],
      }),
    );
    expect(plan.steps.map((st) => [st.moduleId ?? st.placeId ?? st.offerId, st.start ?? null])).toEqual([
      ["b", "2026-04-01"],
      ["s", "2026-05-01"],
      ["l", "2026-05-04"],
      ["a", "2026-06-01"],
      ["d", null],
    ]);
    expect(plan.uncovered).toEqual([{ topic: "Recht", hours: 7, kind: "theory" }]);
  });
});
