import { describe, expect, it } from "vitest";
import { ValidationError } from "../../shared/domain/errors.ts";
import { formatPath, parseOrThrow, toFieldErrors } from "../../shared/domain/validation.ts";
import * as z from "../../shared/schemas/z.ts";

const schema = z.strictObject({
  contact: z.strictObject({ email: z.string().check(z.minLength(3, "Zu kurz")) }),
  occupations: z.array(z.string().check(z.length(5, "Fünf Ziffern"))),
});

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors;
  }
  throw new Error("no ValidationError");
};

describe("field paths as clients read them", () => {
  it("joins names with dots and puts indexes in brackets", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["radiusKm"])).toBe("radiusKm");
    expect(formatPath(["contact", "email"])).toBe("contact.email");
    expect(formatPath(["occupations", 0])).toBe("occupations[0]");
    expect(formatPath(["rows", 2, "cells", 0, "value"])).toBe("rows[2].cells[0].value");
    expect(formatPath([0, "x"])).toBe("[0].x");
  });
});

describe("parseOrThrow", () => {
  it("returns the parsed value", () => {
    const value = { contact: { email: "a@b.de" }, occupations: ["81302"] };
    expect(parseOrThrow(schema, value)).toEqual(value);
  });

  it("names every bad field with its message, under the prefix if one is given", () => {
    const bad = { contact: { email: "a" }, occupations: ["81302", "1"] };
    expect(fieldsOf(() => parseOrThrow(schema, bad))).toEqual([
      { path: "contact.email", message: "Zu kurz" },
      { path: "occupations[1]", message: "Fünf Ziffern" },
    ]);
    expect(fieldsOf(() => parseOrThrow(schema, bad, ["body"]))).toEqual([
      { path: "body.contact.email", message: "Zu kurz" },
      { path: "body.occupations[1]", message: "Fünf Ziffern" },
    ]);
  });

  it("names each unknown field, at any depth", () => {
    const extra = { contact: { email: "a@b.de", fax: "1" }, occupations: [], note: "x", tag: "y" };
    expect(fieldsOf(() => parseOrThrow(schema, extra, ["query"]))).toEqual([
      { path: "query.contact.fax", message: "Unbekanntes Feld" },
      { path: "query.note", message: "Unbekanntes Feld" },
      { path: "query.tag", message: "Unbekanntes Feld" },
    ]);
  });

  it("toFieldErrors without a prefix uses the issue's own path", () => {
    const result = z.safeParse(schema, { contact: { email: "a" }, occupations: [] });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(toFieldErrors(result.error.issues)).toEqual([{ path: "contact.email", message: "Zu kurz" }]);
  });
});
