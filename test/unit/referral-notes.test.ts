import { describe, expect, it } from "vitest";
import {
  NOTE_CODES,
  NOTE_LABELS,
  noteLabel,
  repeatedNoteIndex,
} from "../../shared/vocabulary/referral-notes.ts";
import { toFieldErrors } from "../../shared/domain/validation.ts";
import { buildOpenApi } from "../../shared/http/openapi.ts";
import { routes } from "../../shared/http/routes.ts";
import { referralInput } from "../../shared/schemas/referral-input.ts";
import * as z from "../../shared/schemas/z.ts";

describe("the note codes a partner reads", () => {
  it("has the codes of the contract, each once, in kebab case", () => {
    for (const code of [
      "can-start-now",
      "start-later",
      "part-time-only",
      "needs-language-support",
      "recognition-procedure-running",
      "prefers-online",
      "has-driving-licence",
    ])
      expect(NOTE_CODES).toContain(code);
    expect(new Set(NOTE_CODES).size).toBe(NOTE_CODES.length);
    for (const code of NOTE_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("labels every code, and only the codes, in distinct German words", () => {
    expect(Object.keys(NOTE_LABELS).sort()).toEqual([...NOTE_CODES].sort());
    const labels = Object.values(NOTE_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^\p{Lu}[\p{L} -]{5,59}$/u);
    expect(NOTE_LABELS["can-start-now"]).toBe("Kann sofort beginnen");
    expect(NOTE_LABELS["has-driving-licence"]).toBe("Führerschein vorhanden");
    expect(NOTE_LABELS["recognition-procedure-running"]).toBe("Anerkennungsverfahren läuft");
  });

  it("words a known code by its label and any other string as itself", () => {
    expect(noteLabel("part-time-only")).toBe("Nur in Teilzeit möglich");
    expect(noteLabel("needs-language-support")).toBe("Braucht begleitende Sprachförderung");
    expect(noteLabel("speaks-klingon")).toBe("speaks-klingon");
    expect(noteLabel("toString")).toBe("toString");
    expect(noteLabel("")).toBe("");
  });

  it("finds the first note that repeats an earlier one", () => {
    expect(repeatedNoteIndex([])).toBeUndefined();
    expect(repeatedNoteIndex(["can-start-now"])).toBeUndefined();
    expect(repeatedNoteIndex(["can-start-now", "start-later"])).toBeUndefined();
    expect(repeatedNoteIndex(["can-start-now", "can-start-now"])).toBe(1);
    expect(repeatedNoteIndex(["a", "b", "c", "b", "a"])).toBe(3);
    expect(repeatedNoteIndex(["a", "b", "a", "b"])).toBe(2);
  });
});

describe("notes in POST /referrals", () => {
  const errors = (notes: unknown) => {
    const result = z.safeParse(referralInput, { candidateId: "c1", placeId: "p1", notes });
    return result.success ? [] : toFieldErrors(result.error.issues);
  };

  it("takes any set of codes, up to all of them", () => {
    expect(errors([])).toEqual([]);
    expect(errors(["start-later", "part-time-only"])).toEqual([]);
    expect(errors([...NOTE_CODES])).toEqual([]);
  });

  it("names the note that is unknown, repeated or not a list", () => {
    expect(errors(["can-start-now", "Frau Hassan, HIV-positiv"]).map((e) => e.path)).toEqual(["notes[1]"]);
    expect(errors(["start-later", "part-time-only", "start-later"])).toEqual([
      { path: "notes[2]", message: "Jeden Hinweis nur einmal angeben" },
    ]);
    expect(new Set(errors("can-start-now").map((e) => e.path))).toEqual(new Set(["notes"]));
    expect(errors([...NOTE_CODES, "can-start-now"]).map((e) => e.path)).toContain("notes");
  });
});

describe("notes in the OpenAPI document", () => {
  const schemas = buildOpenApi(routes, { title: "Passung API", version: "test" }).components.schemas ?? {};

  it("names the codes once, as NoteCode, with their German labels", () => {
    const noteCode = schemas.NoteCode as { enum: string[]; description: string };
    expect(noteCode.enum).toEqual([...NOTE_CODES]);
    for (const code of NOTE_CODES) expect(noteCode.description).toContain(`${code} = „${NOTE_LABELS[code]}“`);
  });

  it("takes notes in POST /referrals and shows them in both views, the message in the coach's only", () => {
    const notes = { type: "array", items: { $ref: "#/components/schemas/NoteCode" } };
    const properties = (name: string) =>
      (schemas[name] as { properties: Record<string, unknown> }).properties;
    expect(properties("ReferralInput").notes).toMatchObject({ ...notes, maxItems: NOTE_CODES.length });
    expect(properties("Referral").notes).toEqual(notes);
    expect(properties("ReferralForEmployer").notes).toEqual(notes);
    expect(properties("Referral")).toHaveProperty("message");
    expect(properties("ReferralForEmployer")).not.toHaveProperty("message");
  });
});
