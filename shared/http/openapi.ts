import { exportQuery, importResult } from "../schemas/import.ts";
import { importProblem, problem } from "../schemas/problem.ts";
import * as z from "../schemas/z.ts";
import type { Auth } from "./api-handler.ts";
import {
  answerContent,
  isVersioned,
  type Json,
  queryParameters,
  schemaConverter,
} from "./openapi-schemas.ts";
import { HEADERS } from "./openapi-headers.ts";
import { problemRefs, problemResponses } from "./openapi-problems.ts";
import { type Route, takesIfMatch } from "./routes.ts";

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
  requestBody?: { required: boolean; content: Record<string, { schema: Json }> };
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

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const header = (name: string, required: boolean, description: string, schema: Json = { type: "string" }) => {
  return { name, in: "header", required, description, schema };
};

const SECURITY: Record<Auth, Pick<Operation, "security">> = {
  none: {},
  optional: { security: [{}, { bearerAuth: [] }] },
  required: { security: [{ bearerAuth: [] }] },
};

function operation(route: Route, schemas: ReturnType<typeof schemaConverter>): Operation {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].flatMap(([, name]) => name ?? []);
  const ifMatch = takesIfMatch(route);
  const status = route.status ?? 200;
  const content =
    route.response &&
    Object.fromEntries(
      Object.entries(answerContent(route.response)).map(([type, schema]) => [
        type,
        { schema: schemas.output(schema) },
      ]),
    );
  const headers = {
    // A versioned resource answers with its version as ETag, the If-Match of the next write.
    ...(route.response && isVersioned(route.response) && { ETag: ref("headers", "ETag") }),
    ...(status === 201 && { Location: ref("headers", "Location") }),
    // A CSV export comes in pages (each well under Lambda's 6 MB): these name the next one.
    ...(route.query === exportQuery && {
      "X-Next-Cursor": ref("headers", "NextCursor"),
      Link: ref("headers", "NextLink"),
    }),
    ...Object.fromEntries(
      Object.entries(route.responseHeaders ?? {}).map(([name, component]) => [
        name,
        ref("headers", component),
      ]),
    ),
  };
  // CSV uploads (the routes answering an import result) take the file as text/csv, not JSON.
  const imports = route.response === importResult;
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
      ...(ifMatch ? [ref("parameters", "IfMatch")] : []),
      ...(route.method === "POST" ? [ref("parameters", "IdempotencyKey")] : []),
    ],
    ...(route.body && {
      // A body that may be left out (decline's reason) is not required.
      requestBody: {
        required: !z.safeParse(route.body, undefined).success,
        content: { "application/json": { schema: schemas.input(route.body) } },
      },
    }),
    ...(imports && {
      requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
    }),
    responses: {
      [status]: {
        description: route.summary,
        ...(Object.keys(headers).length > 0 && { headers }),
        ...(content && status !== 204 && { content }),
      },
      // DELETE removes a draft (204, nothing left to show) and archives anything else (200).
      ...(route.method === "DELETE" && status !== 204 && { 204: ref("responses", "Deleted") }),
      ...problemRefs(route, pathParams),
    },
  };
}

/** The OpenAPI 3.1 description of `routes`, generated from the zod schemas that validate them. */
export function buildOpenApi(routes: readonly Route[], info: OpenApiInfo): OpenApiDocument {
  const schemas = schemaConverter(routes, [problem, importProblem]);
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route, schemas) };
  }
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
      responses: problemResponses(schemas),
      parameters: {
        IfMatch: header("If-Match", true, "ETag of the version being changed"),
        // The key format shared/http/idempotency.ts accepts: 1–200 visible ASCII characters.
        IdempotencyKey: header("Idempotency-Key", false, "A retry with this key repeats the first answer", {
          type: "string",
          pattern: "^[!-~]{1,200}$",
        }),
      },
      headers: HEADERS,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Cognito ID token" },
      },
    },
  };
}
