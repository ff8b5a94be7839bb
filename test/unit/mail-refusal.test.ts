import { describe, expect, it } from "vitest";
import { mailRefusal } from "../../shared/mail/mail-refusal.ts";

describe("a refused mail in the log", () => {
  it("is its error's name and HTTP status, never its message (SES names the address there)", () => {
    const refused = Object.assign(
      new Error(
        "Email address is not verified. The following identities failed the check: k.krueger@firma.de",
      ),
      { name: "MessageRejected", $metadata: { httpStatusCode: 400 } },
    );
    expect(mailRefusal(refused)).toEqual({ errorName: "MessageRejected", httpStatus: 400 });
    expect(JSON.stringify(mailRefusal(refused))).not.toContain("firma.de");
  });

  it("names what is not an Error by its type, without a status it does not have", () => {
    expect(mailRefusal(new TypeError("fetch failed"))).toEqual({ errorName: "TypeError" });
    expect(mailRefusal("smtp down to x@y.de")).toEqual({ errorName: "string" });
    expect(mailRefusal(null)).toEqual({ errorName: "object" });
  });
});
