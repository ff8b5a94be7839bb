import type { ReferralStatus } from "../schemas/referral.ts";
import { ConflictError } from "./errors.ts";

/**
 * Who may move a referral where. Accepting takes a seat of the place; withdrawing an accepted
 * referral gives it back. Everything else is a 409.
 */
export type ReferralAction = "accept" | "decline" | "withdraw";

const RULES: Record<ReferralAction, { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ["proposed"], to: "accepted" },
  decline: { from: ["proposed"], to: "declined" },
  withdraw: { from: ["proposed", "accepted"], to: "withdrawn" },
};

const LABEL: Record<ReferralStatus, string> = {
  proposed: "vorgeschlagen",
  accepted: "angenommen",
  declined: "abgelehnt",
  withdrawn: "zurückgezogen",
};

export interface Transition {
  to: ReferralStatus;
  /** Change of the place's acceptedCount. */
  seats: -1 | 0 | 1;
  /** Whether the candidate may be proposed to the place again afterwards. */
  frees: boolean;
}

export function transition(action: ReferralAction, from: ReferralStatus): Transition {
  const rule = RULES[action];
  if (!rule.from.includes(from)) {
    throw new ConflictError(
      `Die Vermittlung ist bereits ${LABEL[from]}; „${action}“ ist nicht mehr möglich.`,
    );
  }
  const seats = action === "accept" ? 1 : from === "accepted" ? -1 : 0;
  return { to: rule.to, seats, frees: rule.to === "declined" || rule.to === "withdrawn" };
}

export const isActive = (status: ReferralStatus) => status === "proposed" || status === "accepted";
