import { describe, expect, it } from "vitest";
import {
  DECISION_LINK_DAYS,
  decisionLinkExpiry,
  isExpired,
  readDecisionToken,
  signDecisionClaim,
} from "../../shared/domain/decision-token.ts";

const SECRET = "test-secret";
const claim = {
  referralId: "01JREF0000000000000000000A",
  expiresAt: 1_800_000_000,
  nonce: "01JNONCE00000000000000000B",
};

describe("decision link token", () => {
  it("carries its referral, expiry and nonce, signed with HMAC-SHA256 (value from openssl dgst -sha256 -hmac)", () => {
    const token = signDecisionClaim(SECRET, claim);
    expect(token).toBe(
      "01JREF0000000000000000000A.1800000000.01JNONCE00000000000000000B." +
        "M9T95L98nCPdiZo1x4Khqpm1A7MwXu7BLBkMParw9fY",
    );
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(readDecisionToken(SECRET, token)).toEqual(claim);
  });

  it("refuses a token signed with another secret", () => {
    expect(readDecisionToken(SECRET, signDecisionClaim("other", claim))).toBeUndefined();
  });

  it("refuses a token whose referral id, expiry or nonce was changed", () => {
    const [id, exp, nonce, sig] = signDecisionClaim(SECRET, claim).split(".");
    expect(readDecisionToken(SECRET, `01JREF0000000000000000000Z.${exp}.${nonce}.${sig}`)).toBeUndefined();
    expect(readDecisionToken(SECRET, `${id}.1900000000.${nonce}.${sig}`)).toBeUndefined();
    expect(readDecisionToken(SECRET, `${id}.${exp}.01JNONCE00000000000000000C.${sig}`)).toBeUndefined();
  });

  it("refuses a forged or cut signature and malformed tokens", () => {
    const token = signDecisionClaim(SECRET, claim);
    const sig = token.split(".")[3] ?? "";
    const flipped = `${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`;
    expect(readDecisionToken(SECRET, token.replace(sig, flipped))).toBeUndefined();
    expect(readDecisionToken(SECRET, token.slice(0, -1))).toBeUndefined();
    expect(readDecisionToken(SECRET, `${token}.x`)).toBeUndefined();
    expect(readDecisionToken(SECRET, "")).toBeUndefined();
    expect(readDecisionToken(SECRET, "a.b.c.d")).toBeUndefined();
    expect(readDecisionToken(SECRET, token.replace(".1800000000.", ".01800000000."))).toBeUndefined();
    expect(readDecisionToken(SECRET, token.replace(claim.nonce, "x".repeat(65)))).toBeUndefined();
    expect(readDecisionToken(SECRET, token.replace(claim.referralId, "a/b"))).toBeUndefined();
  });

  it("never signs parts that would break the token's format", () => {
    expect(() => signDecisionClaim(SECRET, { ...claim, referralId: "a.b" })).toThrow();
    expect(() => signDecisionClaim(SECRET, { ...claim, nonce: "" })).toThrow();
    expect(() => signDecisionClaim(SECRET, { ...claim, expiresAt: 1.5 })).toThrow();
    expect(() => signDecisionClaim(SECRET, { ...claim, expiresAt: 0 })).toThrow();
  });

  it("lasts 14 days, whole seconds, usable through its last second", () => {
    expect(DECISION_LINK_DAYS).toBe(14);
    const made = new Date("2026-12-07T05:00:00.900Z");
    const expiresAt = decisionLinkExpiry(made);
    expect(expiresAt).toBe(Date.parse("2026-12-21T05:00:00Z") / 1000);
    expect(isExpired({ expiresAt }, new Date("2026-12-21T05:00:00.999Z"))).toBe(false);
    expect(isExpired({ expiresAt }, new Date("2026-12-21T05:00:01.000Z"))).toBe(true);
  });
});
