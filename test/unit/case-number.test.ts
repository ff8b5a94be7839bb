import { describe, expect, it } from "vitest";
import {
  CASE_NUMBER,
  caseNumberPrefix,
  caseNumberYear,
  formatCaseNumber,
  isCaseNumber,
} from "../../shared/domain/case-number.ts";

describe("issued case numbers", () => {
  it("take the organisation's first three letters or digits, upper-cased", () => {
    expect(caseNumberPrefix("mozaik")).toBe("MOZ");
    expect(caseNumberPrefix("iq-netzwerk")).toBe("IQN");
    expect(caseNumberPrefix("a-b")).toBe("AB");
    expect(caseNumberPrefix("9-to-5")).toBe("9TO");
  });

  it("count four digits at least, more once the year needs them", () => {
    expect(formatCaseNumber("mozaik", "2026", 42)).toBe("MOZ-2026-0042");
    expect(formatCaseNumber("mozaik", "2026", 1)).toBe("MOZ-2026-0001");
    expect(formatCaseNumber("pro-arbeit", "2027", 9999)).toBe("PRO-2027-9999");
    expect(formatCaseNumber("pro-arbeit", "2027", 12345)).toBe("PRO-2027-12345");
  });

  it("are of the year in Germany, not in UTC", () => {
    expect(caseNumberYear(new Date("2026-12-31T22:59:59Z"))).toBe("2026");
    expect(caseNumberYear(new Date("2026-12-31T23:00:00Z"))).toBe("2027");
    expect(caseNumberYear(new Date("2027-06-30T21:59:59Z"))).toBe("2027");
  });

  it("are told apart from a coach's free text stored before numbers were issued", () => {
    for (const issued of ["MOZ-2026-0042", "AB-2027-12345", "9TO-2026-0001"])
      expect([issued, isCaseNumber(issued)]).toEqual([issued, true]);
    for (const text of [
      "Ahmed.Hassan_1985-03-12",
      "MOZ-2026-042",
      "moz-2026-0042",
      "MOZA-2026-0042",
      "MOZ-26-0042",
      "MOZ-2026-0042-Hassan",
      "x MOZ-2026-0042",
      "MOZ-2026-00A2",
      "",
    ])
      expect([text, isCaseNumber(text)]).toEqual([text, false]);
    expect(isCaseNumber(20260042)).toBe(false);
    expect(isCaseNumber(undefined)).toBe(false);
    // Only a string is a case number, not something that merely prints as one.
    expect(isCaseNumber({ toString: () => "MOZ-2026-0042" })).toBe(false);
    expect(CASE_NUMBER.test(formatCaseNumber("gpdm", "2026", 7))).toBe(true);
  });
});
