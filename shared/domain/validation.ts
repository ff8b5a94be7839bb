import type { FieldError } from "./errors.ts";
import { ValidationError } from "./errors.ts";
import * as z from "../schemas/z.ts";

/** `["contact", "email"]` → `contact.email`; `["occupations", 0]` → `occupations[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, "");
}

export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldError[] {
  return issues.flatMap((issue) => {
    // Unknown keys are reported once on the parent; name each key so clients can point at it.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...prefix, ...issue.path, key]),
        message: "Unbekanntes Feld",
      }));
    }
    return [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }];
  });
}

/** Parses or throws a ValidationError naming every bad field; `prefix` scopes paths (e.g. "query"). */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error.issues, prefix));
  return result.data;
}
