import { describe, expect, it } from "vitest";
import { nextVersion } from "../../shared/domain/versioned.ts";

describe("nextVersion: the state after a change", () => {
  it("is version 1 for a new item, one more than the stored one after a change, updatedAt now", () => {
    expect(nextVersion(undefined, "2026-12-07T10:00:00.000Z")).toEqual({
      version: 1,
      updatedAt: "2026-12-07T10:00:00.000Z",
    });
    expect(nextVersion({ version: 7 }, "2026-12-07T11:00:00.000Z")).toEqual({
      version: 8,
      updatedAt: "2026-12-07T11:00:00.000Z",
    });
  });
});
