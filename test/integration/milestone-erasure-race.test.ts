import { beforeAll, describe, expect, it } from "vitest";
import { recordMilestone } from "../../shared/app/milestones.ts";
import { candidateRepository } from "../../shared/db/candidate-repository.ts";
import { milestoneRepository } from "../../shared/db/milestone-repository.ts";
import { ConflictError } from "../../shared/domain/errors.ts";
import { coach, referralWorld } from "../support/referral-world.ts";

let world: Awaited<ReturnType<typeof referralWorld>>;

beforeAll(async () => {
  world = await referralWorld();
}, 120_000);

describe("a milestone racing its candidate's erasure", () => {
  it("is refused (409) once the erasure has marked the candidate, and nothing is written", async () => {
    const { id } = await world.candidate();
    const candidates = candidateRepository(world.deps);
    // The milestone's request read the candidate; then the erasure marked it (version + 1).
    const read = await candidates.get(id);
    if (!read) throw new Error("candidate missing");
    await candidates.markErasing(read, [], true);

    const input = { type: "qualification.started", date: "2026-01-15" } as const;
    const attempt = recordMilestone(world.deps, read, input, { sub: coach.sub ?? "" }, () => []);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(/geändert oder gelöscht/);
    expect(await milestoneRepository(world.deps).list(id)).toEqual([]);
  });

  it("is written for the candidate as read", async () => {
    const { id } = await world.candidate();
    const read = await candidateRepository(world.deps).get(id);
    if (!read) throw new Error("candidate missing");
    const input = { type: "qualification.started", date: "2026-01-15" } as const;
    const created = await recordMilestone(world.deps, read, input, { sub: coach.sub ?? "" }, () => []);
    expect((await milestoneRepository(world.deps).list(id)).map((m) => m.id)).toEqual([created.id]);
  });
});
