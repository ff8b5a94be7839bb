import fc from "fast-check";
import { strings } from "./fuzz-arbitraries.ts";

/** One generated request: body (as raw text), headers and query string. */
export interface FuzzRequest {
  /** The raw body text (undefined: no body). */
  body: string | undefined;
  headers: Record<string, string>;
  query: string | undefined;
}

/** CSV uploads: the valid file, broken variants of it, and anything else. */
export function csvBodies(valid: string): fc.Arbitrary<string | undefined> {
  const lines = valid.split("\n");
  return fc.oneof(
    fc.constant(valid),
    fc
      .record({ at: fc.nat({ max: lines.length }), line: strings })
      .map(({ at, line }) => [...lines.slice(0, at), line, ...lines.slice(at)].join("\n")),
    fc
      .record({ at: fc.nat({ max: valid.length }), s: strings })
      .map(({ at, s }) => valid.slice(0, at) + s + valid.slice(at)),
    strings,
    fc.constant(undefined),
  );
}

const headerNames = fc.oneof(
  fc.constantFrom(
    "if-match",
    "idempotency-key",
    "content-type",
    "accept",
    "authorization",
    "x-forwarded-for",
  ),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
);
const headerValues = fc.oneof(
  fc.constantFrom("*", '"1"', 'W/"2"', '"1", "999"', "", "application/json", "text/csv", "fuzz-key-1"),
  strings,
);

/** encodeURIComponent refuses lone surrogates; send the broken escape a client might send instead. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

export function requests(bodies: fc.Arbitrary<string | undefined>): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    body: bodies,
    headers: fc.dictionary(headerNames, headerValues, { maxKeys: 4 }),
    query: fc.oneof(
      fc.constant(undefined),
      fc.webQueryParameters(),
      fc.constantFrom("dryRun=true", "org=iq-sued", "limit=1e9", "__proto__[polluted]=1", "a=1&a=2"),
      strings.map((s) => `${encode(s)}=${encode(s)}`),
    ),
  });
}
