import { describe, expect, it } from "vitest";
import { ConflictError } from "../../shared/domain/errors.ts";
import { transition } from "../../shared/domain/referral-workflow.ts";

describe("referral workflow", () => {
  it("accepts and declines only proposed referrals", () => {
    expect(transition("accept", "proposed")).toEqual({ to: "accepted", seats: 1, frees: false });
    expect(transition("decline", "proposed")).toEqual({ to: "declined", seats: 0, frees: true });
    for (const from of ["accepted", "declined", "withdrawn"] as const) {
      expect(() => transition("accept", from)).toThrow(ConflictError);
      expect(() => transition("decline", from)).toThrow(ConflictError);
    }
  });

  it("gives the seat back when an accepted referral is withdrawn", () => {
    expect(transition("withdraw", "accepted")).toEqual({ to: "withdrawn", seats: -1, frees: true });
    expect(transition("withdraw", "proposed")).toEqual({ to: "withdrawn", seats: 0, frees: true });
    expect(() => transition("withdraw", "declined")).toThrow(ConflictError);
    expect(() => transition("withdraw", "withdrawn")).toThrow(/bereits zurückgezogen/);
  });
});
