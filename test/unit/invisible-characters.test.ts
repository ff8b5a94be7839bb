import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../../shared/domain/validation.ts";
import { routeKey, routes } from "../../shared/http/routes.ts";
import { INVISIBLE_CHARACTERS } from "../../shared/schemas/z.ts";
import * as z from "../../shared/schemas/z.ts";

/** A disguised name: a zero-width space and a right-to-left override. */
const DISGUISED = "MOZAIK\u200B gGmbH\u202E";
const INVISIBLE_MESSAGE = /Unsichtbare Steuerzeichen/;

type Schema = z.ZodMiniType;
interface Leaf {
  /** Keys from the root ("contact", "name"; 0 for an array's element). */
  keys: (string | number)[];
  schema: Schema;
}

const WRAPPERS = new Set(["optional", "default", "nullable", "prefault", "nonoptional", "readonly", "catch"]);

/** Every string field below `schema`; fails on a shape the walk does not know (so none is skipped). */
function stringLeaves(schema: Schema, keys: (string | number)[] = []): Leaf[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === "string") return [{ keys, schema }];
  if (WRAPPERS.has(def.type)) return stringLeaves(def.innerType as Schema, keys);
  if (def.type === "object")
    return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, value]) =>
      stringLeaves(value, [...keys, key]),
    );
  if (def.type === "array") return stringLeaves(def.element as Schema, [...keys, 0]);
  if (["number", "boolean", "enum", "literal", "int"].includes(def.type)) return [];
  throw new Error(`Walk does not know schema type ${def.type} at ${keys.join(".")}`);
}

/** `{contact: {name: value}}` for keys ["contact", "name"]; arrays for numeric keys. */
function placed(keys: (string | number)[], value: unknown): unknown {
  const [first, ...rest] = keys;
  if (first === undefined) return value;
  return typeof first === "number" ? [placed(rest, value)] : { [first]: placed(rest, value) };
}

const inputs = routes.flatMap((route) =>
  (["body", "query"] as const).flatMap((part) => {
    const schema = route[part];
    return schema
      ? stringLeaves(schema).map((leaf) => ({ route: routeKey(route), part, root: schema, ...leaf }))
      : [];
  }),
);
const fieldPath = (part: string, keys: (string | number)[]) =>
  toFieldErrors([
    { code: "custom", message: "", path: part === "query" ? ["query", ...keys] : keys, input: "" },
  ])[0]?.path;

describe("invisible characters in every text of every route's input", () => {
  it("finds the route table's text fields (the walk is not empty)", () => {
    expect(inputs.length).toBeGreaterThan(80);
    expect(inputs.map((i) => `${i.route} ${i.keys.join(".")}`)).toContain("PUT /organisations/{org} name");
  });

  it.each(inputs.map((i) => [`${i.route} ${i.part}.${i.keys.join(".")}`, i] as const))(
    "%s refuses them, naming the field",
    (_, { root, schema, keys, part }) => {
      expect(z.safeParse(schema, DISGUISED).success).toBe(false);
      // A free text that takes the same letters without them refuses for the invisible ones.
      if (z.safeParse(schema, "MOZAIK gGmbH").success) {
        const issues = z.safeParse(schema, DISGUISED).error?.issues ?? [];
        expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(INVISIBLE_MESSAGE)]);
      }
      const whole = z.safeParse(root, placed(keys, DISGUISED));
      const prefix = part === "query" ? ["query"] : [];
      const named = toFieldErrors(whole.error?.issues ?? [], prefix).map((e) => e.path);
      expect(named).toContain(fieldPath(part, keys));
    },
  );

  it.each([
    ["U+202A", "\u202A"],
    ["U+202E", "\u202E"],
    ["U+2066", "\u2066"],
    ["U+2069", "\u2069"],
    ["U+200E", "\u200E"],
    ["U+200F", "\u200F"],
    ["U+061C", "\u061C"],
    ["U+200B", "\u200B"],
    ["U+200D", "\u200D"],
    ["U+2060", "\u2060"],
    ["U+FEFF", "\uFEFF"],
  ])("refuses %s and keeps what is visible (umlauts, Arabic, ß)", (_, char) => {
    expect(INVISIBLE_CHARACTERS.test(`Bildung${char}swerk`)).toBe(true);
    expect(z.safeParse(z.string(), `a${char}b`).success).toBe(false);
  });

  it("accepts ordinary German, Arabic and Ukrainian text and the characters next to the refused ranges", () => {
    for (const text of [
      "Elektro Brinkmann GmbH & Co. KG",
      "Straße 5",
      "مرحبا",
      "Київ",
      "\u2029",
      "\u2065",
      "\u206A",
      "\u2061",
      "\u2010",
      "\u200A",
      "\u2029x\u202F",
    ])
      expect(z.safeParse(z.string(), text).success, JSON.stringify(text)).toBe(true);
  });
});
