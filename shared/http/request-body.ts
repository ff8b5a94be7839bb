import { type FieldError, PayloadTooLargeError, ValidationError } from "../domain/errors.ts";
import { formatPath, parseOrThrow } from "../domain/validation.ts";
import type * as z from "../schemas/z.ts";

/** JSON bodies are small; larger ones are refused (413) before parsing, on AWS and locally alike. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** The body's bytes (base64 decoded); 413 past `maxBytes`, whatever the route does with it. */
export function bodyBytes(
  event: { body?: string | undefined; isBase64Encoded: boolean },
  maxBytes: number,
): Buffer | undefined {
  if (event.body === undefined || event.body === "") return undefined;
  const bytes = Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8");
  if (bytes.length > maxBytes) {
    throw new PayloadTooLargeError(`Höchstens ${maxBytes / 1024} KB je Anfrage.`, maxBytes);
  }
  return bytes;
}

export function parseJson(bytes: Buffer | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new ValidationError([{ path: "body", message: "Der Body ist kein gültiges JSON." }]);
  }
}

/**
 * DynamoDB stores numbers of magnitude 1e-130 … 1e126. JSON carries others (5e-324), which pass a
 * schema's `minimum(0)` and would fail the write with a 500: refuse them, naming where they are.
 */
function unstorableNumbers(value: unknown, path: PropertyKey[] = []): FieldError[] {
  if (typeof value === "number") {
    const storable = value === 0 || (Math.abs(value) >= 1e-130 && Math.abs(value) < 1e126);
    return storable ? [] : [{ path: formatPath(path), message: "Zahl außerhalb des speicherbaren Bereichs" }];
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    unstorableNumbers(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** Errors about the body as a whole (not an object, missing) name it "body", so every path is non-empty. */
export function parseBody(schema: z.ZodMiniType, value: unknown): unknown {
  let parsed: unknown;
  try {
    parsed = parseOrThrow(schema, value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.errors.map((e) => (e.path ? e : { ...e, path: "body" })),
      error.message,
    );
  }
  const unstorable = unstorableNumbers(parsed);
  if (unstorable.length) throw new ValidationError(unstorable);
  return parsed;
}
