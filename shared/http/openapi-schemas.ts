import * as candidateSchemas from "../schemas/candidate.ts";
import * as common from "../schemas/common.ts";
import * as importSchemas from "../schemas/import.ts";
import * as matchSchemas from "../schemas/match.ts";
import { answerMedia } from "../schemas/media.ts";
import * as metaSchemas from "../schemas/meta.ts";
import * as placeSchemas from "../schemas/mentoring-place.ts";
import * as problemSchemas from "../schemas/problem.ts";
import * as offerSchemas from "../schemas/qualification-offer.ts";
import * as referenceSchemas from "../schemas/reference.ts";
import * as referralSchemas from "../schemas/referral.ts";
import * as referralInputSchemas from "../schemas/referral-input.ts";
import * as statisticsSchemas from "../schemas/statistics.ts";
import * as z from "../schemas/z.ts";
import type { Route } from "./routes.ts";

export type Json = Record<string, unknown>;
const TARGET = "draft-2020-12";

/** Exported schemas become named components (`mentoringPlace` → MentoringPlace); the rest is inlined. */
function componentNames(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  const modules = [
    problemSchemas,
    common,
    matchSchemas,
    placeSchemas,
    offerSchemas,
    referralSchemas,
    referralInputSchemas,
    candidateSchemas,
    referenceSchemas,
    importSchemas,
    statisticsSchemas,
    metaSchemas,
  ];
  for (const module of modules) {
    for (const [key, value] of Object.entries(module)) {
      if (value instanceof z.ZodMiniType && !names.has(value))
        names.set(value, key.charAt(0).toUpperCase() + key.slice(1));
    }
  }
  return names;
}

/** The media types of a route's answer and the schema of each (shared/schemas/media.ts). */
export const answerContent = (response: z.ZodMiniType) =>
  answerMedia.get(response) ?? { "application/json": response };

// zod refers to its local $defs; in the document they live under components/schemas.
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === "$ref" && typeof v === "string"
        ? v.replace("#/$defs/", "#/components/schemas/")
        : toComponentRefs(v),
    ]),
  );
}

const render = (schema: z.ZodMiniType, io: "input" | "output") =>
  JSON.stringify(z.toJSONSchema(schema, { target: TARGET, io }));

/**
 * Converts route schemas, hoisting named parts into `components`. Responses are converted first;
 * an input variant gets its own name (`…Input`) only where a response already uses that name and
 * the schema renders differently as input (defaults, non-strict objects).
 */
export function schemaConverter(routes: readonly Route[], extraOutputs: readonly z.ZodMiniType[]) {
  const names = componentNames();
  const components: Record<string, Json> = {};
  const registries = { input: z.registry<{ id: string }>(), output: z.registry<{ id: string }>() };
  const convert = (schema: z.ZodMiniType, io: "input" | "output") => {
    const {
      $schema: _dialect,
      $defs = {},
      ...root
    } = z.toJSONSchema(schema, { target: TARGET, io, metadata: registries[io] });
    for (const [id, def] of Object.entries($defs)) {
      const component = toComponentRefs(def) as Json;
      if (components[id] && JSON.stringify(components[id]) !== JSON.stringify(component)) {
        throw new Error(`OpenAPI: two different schemas named ${id}`);
      }
      components[id] = component;
    }
    return toComponentRefs(root) as Json;
  };
  // A component keeps its description (z.describe), which a registry of its own would drop.
  for (const [schema, id] of names) registries.output.add(schema, { ...z.globalRegistry.get(schema), id });
  const responses = routes.flatMap((r) => (r.response ? Object.values(answerContent(r.response)) : []));
  const outputs = new Map([...extraOutputs, ...responses].map((s) => [s, convert(s, "output")]));
  for (const [schema, id] of names) {
    const clashes = Object.hasOwn(components, id) && render(schema, "input") !== render(schema, "output");
    registries.input.add(schema, { ...z.globalRegistry.get(schema), id: clashes ? `${id}Input` : id });
  }
  return {
    components,
    output: (schema: z.ZodMiniType) => outputs.get(schema) ?? convert(schema, "output"),
    input: (schema: z.ZodMiniType) => convert(schema, "input"),
  };
}

/** True when the answer is a versioned resource (in any of its views): its version travels as ETag. */
export function isVersioned(response: z.ZodMiniType): boolean {
  const json = answerContent(response)["application/json"];
  if (!json) return false;
  const schema = z.toJSONSchema(json, { target: TARGET, io: "output" }) as { oneOf?: Json[] } & Json;
  return [schema, ...(schema.oneOf ?? [])].some((s) => "version" in ((s.properties as Json) ?? {}));
}

/** Query parameters are inlined (no $refs) so each carries its own schema. */
export function queryParameters(query: z.ZodMiniType | undefined): Json[] {
  if (!query) return [];
  const json = z.toJSONSchema(query, { target: TARGET, io: "input" });
  const required = Array.isArray(json.required) ? json.required : [];
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    return { name, in: "query", required: required.includes(name), schema };
  });
}
