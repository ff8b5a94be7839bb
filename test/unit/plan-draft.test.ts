import { describe, expect, it } from "vitest";
import { gainOf, idOf } from "../../shared/domain/plan-draft.ts";
import { ADAPTATION_KINDS } from "../../shared/domain/recognition.ts";

type Target = Parameters<typeof idOf>[0];
type Need = Parameters<typeof gainOf>[0][number];

describe("plan draft helpers", () => {
  it("weighs what a step closes by the needs' weights", () => {
    expect(gainOf([])).toBe(0);
    expect(gainOf([{ weight: 120 }, { weight: 40 }, { weight: 1 }] as Need[])).toBe(161);
  });

  it("names a step by its place, offer or offer and module", () => {
    expect(idOf({ kind: "place", place: { id: "p1" } } as unknown as Target)).toBe("place#p1");
    expect(idOf({ kind: "offer", offer: { id: "o1" } } as unknown as Target)).toBe("o1");
    expect(idOf({ kind: "module", offer: { id: "o1" }, module: { id: "m2" } } as unknown as Target)).toBe(
      "o1#m2",
    );
  });
});

describe("offer kinds that close a partial recognition's gaps", () => {
  it("are the adaptation and measure-preparation kinds, the legal Anpassungslehrgang included", () => {
    expect([...ADAPTATION_KINDS].sort()).toEqual([
      "adaptation-course",
      "adaptation-period",
      "aptitude-test-prep",
      "knowledge-exam-prep",
      "on-the-job-adaptation",
    ]);
  });
});
