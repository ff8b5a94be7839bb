import fc from "fast-check";

/**
 * Hostile request parts for fuzzing: wrong types, huge and strange strings, numbers out of range,
 * prototype-pollution keys, deep nesting — mostly as mutations of a valid body, so that some runs
 * get past validation into the handler and the database.
 */

/** Over the 256 KB body limit, and a little under it. */
const HUGE = fc.constantFrom(6_000, 120_000, 300_000).map((n) => "ä".repeat(n / 2));
const SPECIAL = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "\udfff\ud800",
  "\u202eevil",
  "𝕏🧪👩‍🔬".repeat(20),
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "${jndi:ldap://x}",
  "../../etc/passwd",
  "%00%ff",
  "null",
  "1e400",
];
export const strings = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(...SPECIAL),
  HUGE,
);
const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 0, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, 1e21, 5e-324),
);
const scalars = fc.oneof(strings, numbers, fc.boolean(), fc.constant(null));
export const values = fc.oneof(
  { weight: 3, arbitrary: scalars },
  fc.array(scalars, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(new Array(5_000).fill(0), new Array(20_000).fill("x")),
);
const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"];
const pollution = fc.record({
  key: fc.constantFrom(...POLLUTION_KEYS),
  value: fc.oneof(fc.constant({ polluted: true }), fc.constant({ prototype: { polluted: true } }), scalars),
});

/** `{...obj, [key]: value}` as an own, enumerable property even for "__proto__". */
function withOwn(obj: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy = typeof obj === "object" && obj !== null && !Array.isArray(obj) ? { ...obj } : {};
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Paths into `base` (top level and one level down), where a mutation may land. */
function pathsOf(base: Record<string, unknown>): string[][] {
  return Object.entries(base).flatMap(([key, value]) => [
    [key],
    ...(typeof value === "object" && value !== null ? Object.keys(value).map((inner) => [key, inner]) : []),
  ]);
}

function setAt(
  base: Record<string, unknown>,
  [key, inner]: string[],
  value: unknown,
): Record<string, unknown> {
  if (key === undefined) return base;
  return withOwn(base, key, inner === undefined ? value : withOwn(base[key], inner, value));
}

/** Mutations of a valid JSON body (or, for a route without one, hostile bodies all the same). */
export function jsonBodies(base: Record<string, unknown> | undefined): fc.Arbitrary<string | undefined> {
  const object = base ?? {};
  const paths = pathsOf(object);
  const path: fc.Arbitrary<string[]> = paths.length ? fc.constantFrom(...paths) : fc.constant(["x"]);
  const text = JSON.stringify(object);
  return fc.oneof(
    fc.constant(base && text),
    fc.record({ path, value: values }).map(({ path, value }) => JSON.stringify(setAt(object, path, value))),
    path.map(([key]) =>
      JSON.stringify(Object.fromEntries(Object.entries(object).filter(([k]) => k !== key))),
    ),
    fc
      .record({ path, p: pollution })
      .map(({ path, p }) =>
        JSON.stringify(
          path.length > 1
            ? setAt(object, path.slice(0, 1), withOwn({}, p.key, p.value))
            : withOwn(object, p.key, p.value),
        ),
      ),
    // Raw JSON that JSON.stringify cannot produce: deep nesting, a number past double range.
    fc
      .record({ path, depth: fc.integer({ min: 100, max: 100_000 }) })
      .map(({ path, depth }) =>
        JSON.stringify(setAt(object, path.slice(0, 1), "@@")).replace(
          '"@@"',
          "[".repeat(depth) + "]".repeat(depth),
        ),
      ),
    path.map((p) => JSON.stringify(setAt(object, p.slice(0, 1), "@@")).replace('"@@"', "1e400")),
    values.map((value) => JSON.stringify(value)),
    strings,
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.constant(undefined),
  );
}
