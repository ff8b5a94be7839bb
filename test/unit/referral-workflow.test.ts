import { describe, expect, it } from "vitest";
import { ConflictError } from "../../shared/domain/errors.ts";
import { isActive, transition } from "../../shared/domain/referral-workflow.ts";

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
    expect(() => transition("withdraw", "withdrawn")).toThrow(ConflictError);
  });

  it("says in German which state the referral is already in", () => {
    const message = (action: "accept" | "decline" | "withdraw", from: Parameters<typeof transition>[1]) => {
      try {
        transition(action, from);
      } catch (e) {
        return (e as Error).message;
      }
      return undefined;
    };
    expect(message("accept", "accepted")).toBe(
      "Die Vermittlung ist bereits angenommen; „accept“ ist nicht mehr möglich.",
    );
    expect(message("decline", "declined")).toBe(
      "Die Vermittlung ist bereits abgelehnt; „decline“ ist nicht mehr möglich.",
    );
    expect(message("withdraw", "withdrawn")).toBe(
      "Die Vermittlung ist bereits zurückgezogen; „withdraw“ ist nicht mehr möglich.",
    );
    expect(message("accept", "withdrawn")).toMatch(/bereits zurückgezogen; „accept“/);
  });

  it("counts proposed and accepted referrals as active", () => {
    expect(isActive("proposed")).toBe(true);
    expect(isActive("accepted")).toBe(true);
    expect(isActive("declined")).toBe(false);
    expect(isActive("withdrawn")).toBe(false);
  });
});
