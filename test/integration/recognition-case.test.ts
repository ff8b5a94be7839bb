import { beforeAll, describe, expect, it } from "vitest";
import { testDeps } from "../support/db.ts";
import { candidateInput } from "../support/fixtures.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld(await testDeps());
});

/** A nurse's Bescheid: compensation required, four differences (issue 28). */
const nurseCase = (extra: Record<string, unknown> = {}) => ({
  status: "partial",
  referenceOccupation: { code: "81302-129", title: "wird ersetzt" },
  trainedIn: "third-country",
  state: "05",
  body: "Bezirksregierung Münster – ZAG-PuG",
  decision: {
    date: "2026-10-15",
    kind: "compensation-required",
    measure: "knowledge-exam",
    choice: true,
    differences: [
      { topic: "Pflegeprozess  und Pflegediagnostik", hours: 120, kind: "theory" },
      { topic: "Rechtliche Grundlagen der Pflege", hours: 40, kind: "theory" },
      { topic: "Praxiseinsatz Akutpflege", hours: 200, kind: "practice" },
      { topic: "Pflegefachsprache", kind: "language" },
    ],
  },
  deadline: "2027-10-14",
  ...extra,
});

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();

async function listed(): Promise<number> {
  const res = await world.call("candidates", "GET /candidates", { caller: coach, query: "limit=100" });
  return (res.body.items as unknown[]).length;
}

describe("the recognition case on a candidate (issue 28)", () => {
  it("stores the case with the reference occupation's title from the KldB file and normalised topics", async () => {
    const res = await world.call("candidates", "POST /candidates", {
      caller: coach,
      body: candidateInput({ recognition: nurseCase() }),
    });
    expect(res.status).toBe(201);
    expect(res.body.recognition.referenceOccupation).toEqual({
      code: "81302-129",
      title: "Pflegefachmann/-frau (Ausbildung)",
    });
    expect(res.body.recognition.decision.differences[0]).toEqual({
      topic: "Pflegeprozess und Pflegediagnostik",
      hours: 120,
      kind: "theory",
    });
    const read = await world.call("candidates", "GET /candidates/{id}", {
      caller: coach,
      params: { id: res.body.id },
    });
    expect(read.body.recognition).toEqual(res.body.recognition);
  });

  it("refuses bad cases with 400 naming the field, and writes nothing", async () => {
    const before = await listed();
    const bad = async (recognition: unknown) => {
      const res = await world.call("candidates", "POST /candidates", {
        caller: coach,
        body: candidateInput({ recognition }),
      });
      expect(res.status).toBe(400);
      return paths(res.body);
    };
    const decision = nurseCase().decision;
    expect(await bad(nurseCase({ referenceOccupation: { code: "81302-999" } }))).toEqual([
      "recognition.referenceOccupation.code",
    ]);
    expect(await bad(nurseCase({ referenceOccupation: { code: "99999-100" } }))).toEqual([
      "recognition.referenceOccupation.code",
    ]);
    const negative = { ...decision, differences: [{ topic: "Anatomie", hours: -10, kind: "theory" }] };
    expect(await bad(nurseCase({ decision: negative }))).toEqual([
      "recognition.decision.differences[0].hours",
    ]);
    const many = Array.from({ length: 31 }, (_, i) => ({
      topic: `Thema ${i + 1}`,
      hours: 10,
      kind: "theory",
    }));
    expect(await bad(nurseCase({ decision: { ...decision, differences: many } }))).toEqual([
      "recognition.decision.differences",
    ]);
    expect(await bad(nurseCase({ decision: { ...decision, measure: "oral-exam" } }))).toEqual([
      "recognition.decision.measure",
    ]);
    expect(await bad(nurseCase({ decision: { ...decision, kind: "partial-equivalence" } }))).toEqual([
      "recognition.decision.choice",
      "recognition.decision.measure",
    ]);
    expect(await bad(nurseCase({ deadline: "2026-10-14" }))).toEqual(["recognition.deadline"]);
    expect(await listed()).toBe(before);
  });

  it("a PATCH with a bad case changes nothing; a good one fills the title again", async () => {
    const { id, version } = await world.candidate({ recognition: nurseCase() });
    const patch = (recognition: unknown, v = version) =>
      world.call("candidates", "PATCH /candidates/{id}", {
        caller: coach,
        params: { id },
        headers: { "if-match": `"${v}"` },
        body: { recognition },
      });
    const refused = await patch(nurseCase({ referenceOccupation: { code: "81302-000" } }));
    expect(refused.status).toBe(400);
    expect(paths(refused.body)).toEqual(["recognition.referenceOccupation.code"]);
    const unchanged = await world.call("candidates", "GET /candidates/{id}", {
      caller: coach,
      params: { id },
    });
    expect(unchanged.body.version).toBe(version);
    expect(unchanged.body.recognition.referenceOccupation.code).toBe("81302-129");

    const ok = await patch(nurseCase({ referenceOccupation: { code: "81302-131", title: "Erfunden" } }));
    expect(ok.status).toBe(200);
    expect(ok.body.recognition.referenceOccupation).toEqual({
      code: "81302-131",
      title: "Pflegefachmann/-frau (Gesundheits- und Krankenpflege)",
    });
  });

  it("keeps older cases without the new fields as they were", async () => {
    const res = await world.call("candidates", "POST /candidates", {
      caller: coach,
      body: candidateInput({ recognition: { status: "pending", gaps: ["Praxis"] } }),
    });
    expect(res.status).toBe(201);
    expect(res.body.recognition).toEqual({ status: "pending", gaps: ["Praxis"] });
  });
});
