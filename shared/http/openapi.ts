import * as common from "../schemas/common.ts";
import * as matchSchemas from "../schemas/match.ts";
import * as placeSchemas from "../schemas/mentoring-place.ts";
import * as offerSchemas from "../schemas/qualification-offer.ts";
import * as z from "../schemas/z.ts";
import type { Auth } from "./api-handler.ts";
import type { Route } from "./routes.ts";

type Json = Record<string, unknown>;
export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}
export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Json[];
  parameters: Json[];
  requestBody?: { required: true; content: { "application/json": { schema: Json } } };
  responses: Record<string, Json>;
}
export interface OpenApiDocument {
  openapi: string;
  info: OpenApiInfo;
  servers: { url: string; description?: string }[];
  security: Json[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, Json>>;
}

const TARGET = "draft-2020-12";
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const header = (name: string, required: boolean, description: string, schema: Json = { type: "string" }) => {
  return { name, in: "header", required, description, schema };
};

/** The RFC 9457 body problem-middleware.ts writes; extension members are allowed. */
const problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

const ERRORS = {
  400: ["BadRequest", "Invalid request; `errors` names every bad field"],
  401: ["Unauthorized", "No valid bearer token"],
  403: ["Forbidden", "The caller's role may not do this"],
  404: ["NotFound", "No such resource"],
  412: ["PreconditionFailed", "If-Match is stale: reload and retry"],
  413: ["PayloadTooLarge", "The body is larger than the route accepts (JSON: 256 KB)"],
  428: ["PreconditionRequired", "If-Match is missing"],
} as const;

const SECURITY: Record<Auth, Pick<Operation, "security">> = {
  none: {},
  optional: { security: [{}, { bearerAuth: [] }] },
  required: { security: [{ bearerAuth: [] }] },
};

/** Exported schemas become named components (`mentoringPlace` → MentoringPlace); the rest is inlined. */
function componentNames(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>([[problem, "Problem"]]);
  for (const module of [common, matchSchemas, placeSchemas, offerSchemas]) {
    for (const [key, value] of Object.entries(module)) {
      if (value instanceof z.ZodMiniType && !names.has(value))
        names.set(value, key.charAt(0).toUpperCase() + key.slice(1));
    }
  }
  return names;
}

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
function schemaConverter(routes: readonly Route[]) {
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
  for (const [schema, id] of names) registries.output.add(schema, { id });
  const outputs = new Map(
    [problem, ...routes.flatMap((r) => r.response ?? [])].map((s) => [s, convert(s, "output")]),
  );
  for (const [schema, id] of names) {
    const clashes = Object.hasOwn(components, id) && render(schema, "input") !== render(schema, "output");
    registries.input.add(schema, { id: clashes ? `${id}Input` : id });
  }
  return {
    components,
    output: (schema: z.ZodMiniType) => outputs.get(schema) ?? convert(schema, "output"),
    input: (schema: z.ZodMiniType) => convert(schema, "input"),
  };
}

/** Query parameters are inlined (no $refs) so each carries its own schema. */
function queryParameters(query: z.ZodMiniType | undefined): Json[] {
  if (!query) return [];
  const json = z.toJSONSchema(query, { target: TARGET, io: "input" });
  const required = Array.isArray(json.required) ? json.required : [];
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    return { name, in: "query", required: required.includes(name), schema };
  });
}

function operation(route: Route, schemas: ReturnType<typeof schemaConverter>): Operation {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].flatMap(([, name]) => name ?? []);
  const takesIfMatch = route.method === "PATCH" || route.method === "DELETE";
  const status = route.status ?? 200;
  const body = route.response && schemas.output(route.response);
  // A versioned resource answers with its version as ETag, the If-Match of the next write.
  const versioned = route.response && "version" in (z.toJSONSchema(route.response).properties ?? {});
  const errors: Record<keyof typeof ERRORS, boolean> = {
    400: route.body !== undefined || route.query !== undefined,
    401: route.auth !== "none",
    403: route.auth !== "none" && route.roles !== undefined,
    404: pathParams.length > 0,
    412: takesIfMatch,
    413: route.body !== undefined,
    428: takesIfMatch,
  };
  return {
    // "PATCH /mentoring-places/{id}" → patchMentoringPlacesById
    operationId: (route.method + route.path.replace(/\{(\w+)\}/g, "by-$1"))
      .toLowerCase()
      .replace(/[^a-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
    summary: route.summary,
    ...(route.roles ? { description: `Roles: ${route.roles.join(", ")}` } : {}),
    tags: [route.group],
    ...SECURITY[route.auth],
    parameters: [
      ...pathParams.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...queryParameters(route.query),
      ...(takesIfMatch ? [ref("parameters", "IfMatch")] : []),
      ...(route.method === "POST" ? [ref("parameters", "IdempotencyKey")] : []),
    ],
    ...(route.body && {
      requestBody: { required: true, content: { "application/json": { schema: schemas.input(route.body) } } },
    }),
    responses: {
      [status]: {
        description: route.summary,
        ...(versioned && { headers: { ETag: ref("headers", "ETag") } }),
        ...(status !== 204 && { content: { "application/json": body ? { schema: body } : {} } }),
      },
      ...Object.fromEntries(
        Object.entries(ERRORS).flatMap(([code, [name]]) =>
          errors[Number(code) as keyof typeof ERRORS] ? [[code, ref("responses", name)]] : [],
        ),
      ),
    },
  };
}

/** The OpenAPI 3.1 description of `routes`, generated from the zod schemas that validate them. */
export function buildOpenApi(routes: readonly Route[], info: OpenApiInfo): OpenApiDocument {
  const schemas = schemaConverter(routes);
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route, schemas) };
  }
  const problemJson = { "application/problem+json": { schema: schemas.output(problem) } };
  return {
    openapi: "3.1.1",
    info,
    // Relative: the API is wherever this document was fetched from (local server or API Gateway).
    servers: [{ url: "/", description: "This API" }],
    // Public unless an operation asks for a token (its own `security`).
    security: [],
    tags: [...new Set(routes.map((route) => route.group))].map((name) => ({ name })),
    paths,
    components: {
      schemas: schemas.components,
      responses: Object.fromEntries(
        Object.values(ERRORS).map(([name, description]) => [name, { description, content: problemJson }]),
      ),
      parameters: {
        IfMatch: header("If-Match", true, "ETag of the version being changed"),
        // The key format shared/http/idempotency.ts accepts: 1–200 visible ASCII characters.
        IdempotencyKey: header("Idempotency-Key", false, "A retry with this key repeats the first answer", {
          type: "string",
          pattern: "^[!-~]{1,200}$",
        }),
      },
      headers: {
        ETag: { description: 'The resource version as a strong ETag, e.g. "3"', schema: { type: "string" } },
      },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Cognito ID token" },
      },
    },
  };
}
