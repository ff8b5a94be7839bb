import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { handler } from "../../functions/meta/index.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { buildOpenApi, type Operation } from "../../shared/http/openapi.ts";
import { type Route, routeKey, routes } from "../../shared/http/routes.ts";
import { matchRequest } from "../../shared/schemas/match.ts";
import { invoke } from "../support/events.ts";

type Node = Record<string, unknown>;
const info = { title: "Passung API", version: "test" };
const doc = buildOpenApi(routes, info);
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
const operationOf = (route: Route): Operation | undefined =>
  doc.paths[route.path]?.[route.method.toLowerCase()];

/** Resolves a local JSON pointer such as "#/components/schemas/Problem" inside the document. */
function pointer(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), doc);
}
const deref = (node: unknown): Node => {
  if (!isNode(node)) throw new Error(`not an object: ${JSON.stringify(node)}`);
  return typeof node.$ref === "string" ? deref(pointer(node.$ref)) : node;
};

/** Every object below `value`, with the JSON path it sits at. */
function* objects(value: unknown, path = "#"): Generator<[string, Node]> {
  if (!isNode(value)) return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* objects(child, `${path}/${key}`);
}

describe("OpenAPI document structure (3.1)", () => {
  it("declares 3.1, info, and survives JSON serialisation unchanged", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toEqual(info);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    const allowed =
      "openapi info jsonSchemaDialect servers paths webhooks components security tags externalDocs";
    expect(allowed.split(" ")).toEqual(expect.arrayContaining(Object.keys(doc)));
    const kinds =
      "schemas responses parameters examples requestBodies headers securitySchemes links callbacks pathItems";
    expect(kinds.split(" ")).toEqual(expect.arrayContaining(Object.keys(doc.components)));
    for (const kind of Object.values(doc.components)) {
      for (const name of Object.keys(kind)) expect(name).toMatch(/^[a-zA-Z0-9._-]+$/);
    }
  });

  it("resolves every $ref inside the document and leaves no zod-local $defs or $schema behind", () => {
    const nodes = [...objects(doc)];
    const leftovers = nodes.filter(([, node]) => "$defs" in node || "$schema" in node).map(([path]) => path);
    const refs = nodes.flatMap(([path, node]) =>
      typeof node.$ref === "string" ? [{ path, ref: node.$ref }] : [],
    );
    const broken = refs.filter(({ ref }) => !ref.startsWith("#/components/") || pointer(ref) === undefined);
    expect(leftovers).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it("has well-formed operations: unique ids, methods, responses, bodies", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations()) {
      expect(path).toMatch(/^\//);
      expect(METHODS).toContain(method);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(op.responses)) {
        expect(status).toMatch(/^[1-5]\d\d$/);
        expect(typeof deref(response).description).toBe("string");
      }
      if (method === "get" || method === "delete") expect(op.requestBody).toBeUndefined();
      for (const media of Object.values(op.requestBody?.content ?? {})) expect(media.schema).toBeDefined();
    }
  });

  it("declares every path template parameter exactly once, required, and no reserved headers", () => {
    for (const { path, op } of operations()) {
      const parameters = op.parameters.map(deref);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
      const inPath = parameters.filter((p) => p.in === "path");
      expect(inPath.map((p) => p.name).sort()).toEqual(templated);
      for (const p of inPath) expect(p.required).toBe(true);
      for (const p of parameters) {
        expect(["query", "header", "path", "cookie"]).toContain(p.in);
        expect(p.schema).toBeDefined();
        expect(["accept", "content-type", "authorization"]).not.toContain(String(p.name).toLowerCase());
      }
      const keys = parameters.map((p) => `${p.in}:${p.name}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("only requires security schemes it defines", () => {
    expect(doc.components.securitySchemes?.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
    for (const { op } of operations()) {
      for (const requirement of op.security ?? []) {
        for (const scheme of Object.keys(requirement))
          expect(doc.components.securitySchemes).toHaveProperty(scheme);
      }
    }
  });
});

describe("OpenAPI document from the route table", () => {
  it("has exactly the routes of the route table", () => {
    for (const route of routes) expect(operationOf(route), routeKey(route)).toBeDefined();
    expect(operations()).toHaveLength(routes.length);
  });

  it("asks for a bearer token per auth kind", () => {
    const expected = { none: undefined, optional: [{}, { bearerAuth: [] }], required: [{ bearerAuth: [] }] };
    for (const route of routes)
      expect(operationOf(route)?.security, routeKey(route)).toEqual(expected[route.auth]);
  });

  it("describes POST /mentoring-places' body in input mode", () => {
    const op = doc.paths["/mentoring-places"]?.post;
    const body = deref(op?.requestBody?.content["application/json"]?.schema);
    expect(body.required).toEqual(expect.arrayContaining(["title", "occupations", "location", "contact"]));
    expect(body.required).not.toContain("languages"); // has a default, so optional on input
    expect(body.additionalProperties).toBe(false);
    expect(deref((body.properties as Node).occupations)).toMatchObject({ type: "array", minItems: 1 });
    expect(op?.responses["201"]).toMatchObject({ headers: { ETag: expect.anything() } });
  });

  it("declares GET /privacy-notice's X-Notice-Version, the version POST …/consents records", () => {
    const answer = doc.paths["/privacy-notice"]?.get?.responses["200"] as Node | undefined;
    const declared = deref((answer?.headers as Node | undefined)?.["X-Notice-Version"]);
    expect(declared).toMatchObject({ required: true, schema: { type: "string" } });
    const pattern = new RegExp(String((declared.schema as Node).pattern));
    expect(pattern.test(CURRENT_NOTICE_VERSION)).toBe(true);
    expect(pattern.test("2026 12")).toBe(false);
    // Declared only where it is sent.
    expect(doc.paths["/candidates/{id}/handout"]?.get?.responses["200"]).not.toHaveProperty(
      "headers.X-Notice-Version",
    );
  });

  it("describes responses in output mode", () => {
    const response = deref(doc.paths["/mentoring-places/{id}"]?.patch?.responses["200"]);
    const schema = deref((response.content as Record<string, Node>)["application/json"]?.schema);
    expect(schema.required).toEqual(expect.arrayContaining(["id", "version", "languages", "acceptedCount"]));
  });

  it("describes each role's view of one answer as exactly one of its schemas", () => {
    const schemaOf = (path: string, method: "get" | "post") => {
      const response = deref(doc.paths[path]?.[method]?.responses["200"]);
      return deref((response.content as Record<string, Node>)["application/json"]?.schema);
    };
    const [owner, coach] = (schemaOf("/mentoring-places/{id}", "get").oneOf as Node[]).map(deref);
    expect(owner?.required).toContain("contact");
    expect(coach?.properties).not.toHaveProperty("contact");
    expect(coach?.additionalProperties).toBe(false);
    // No count of people for other organisations (issue 26): availability instead of acceptedCount.
    expect(owner?.required).toContain("acceptedCount");
    expect(coach?.properties).not.toHaveProperty("acceptedCount");
    expect(coach?.required).toContain("availability");
    const [offerOwner, offerPublic] = (schemaOf("/qualification-offers/{id}", "get").oneOf as Node[]).map(
      deref,
    );
    expect(offerOwner?.properties).toHaveProperty("acceptedCount");
    expect(offerOwner?.properties).not.toHaveProperty("availability");
    expect(offerPublic?.properties).not.toHaveProperty("acceptedCount");
    expect(deref((offerPublic?.properties as Node).availability)).toMatchObject({
      enum: ["free", "few", "full"],
    });
    const [full, employer] = (schemaOf("/referrals/{id}/accept", "post").oneOf as Node[]).map(deref);
    expect(full?.required).toEqual(expect.arrayContaining(["candidateId", "org"]));
    expect(employer?.properties).not.toHaveProperty("candidateId");
    const historyOf = (view: Node | undefined) =>
      deref(deref((view?.properties as Node).history).items as Node);
    expect(historyOf(full).required).toContain("by");
    expect(historyOf(employer).properties).not.toHaveProperty("by");
  });

  it("describes CSV answers as text/csv and every problem as problem+json", () => {
    const contentOf = (path: string, status = "200") =>
      Object.keys(deref(doc.paths[path]?.get?.responses[status]).content as Node);
    expect(contentOf("/mentoring-places/export")).toEqual(["text/csv"]);
    expect(contentOf("/qualification-offers/import-template")).toEqual(["text/csv"]);
    expect(contentOf("/statistics")).toEqual(["application/json", "text/csv"]);
    expect(contentOf("/openapi.json")).toEqual(["application/json"]);
    for (const { op } of operations()) {
      expect(op.responses).toHaveProperty("500");
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(deref(response).content as Node)).toEqual(["application/problem+json"]);
      }
    }
  });

  it("documents conditional writes, idempotent POSTs and problem responses", () => {
    for (const route of routes) {
      const op = operationOf(route);
      const headers = op?.parameters
        .map(deref)
        .filter((p) => p.in === "header")
        .map((p) => p.name);
      // PUT /me: the own profile has one writer; PUT of an organisation replaces a version.
      const ifMatch =
        route.method === "PATCH" ||
        route.method === "DELETE" ||
        (route.method === "PUT" && route.path !== "/me");
      expect(headers?.includes("If-Match"), routeKey(route)).toBe(ifMatch);
      expect(headers?.includes("Idempotency-Key"), routeKey(route)).toBe(route.method === "POST");
      expect(Object.hasOwn(op?.responses ?? {}, "412"), routeKey(route)).toBe(ifMatch);
      expect(Object.hasOwn(op?.responses ?? {}, "401"), routeKey(route)).toBe(route.auth !== "none");
    }
    const problem = deref(deref(doc.components.responses?.BadRequest).content);
    const schema = deref((problem["application/problem+json"] as Node).schema);
    expect(schema).toMatchObject({ required: ["type", "title", "status"] });
    const errors = deref((schema.properties as Node).errors);
    expect(deref(errors.items)).toMatchObject({ required: ["path", "message"] });
  });

  it("turns query schemas into query parameters", () => {
    const params = doc.paths["/occupations"]?.get?.parameters.map(deref);
    expect(params).toEqual([
      expect.objectContaining({ name: "q", in: "query", required: true }),
      expect.objectContaining({ name: "limit", in: "query", required: false }),
    ]);
  });

  it("names an input variant apart where it differs from the output of the same schema", () => {
    const echo: Route = {
      method: "POST",
      path: "/echo",
      group: "t",
      auth: "none",
      summary: "Echo",
      body: matchRequest,
      response: matchRequest,
    };
    const { components } = buildOpenApi([echo], info);
    expect(components.schemas?.MatchRequest?.required).toContain("radiusKm");
    expect(components.schemas?.MatchRequestInput?.required).not.toContain("radiusKm");
  });
});

describe("meta handler", () => {
  const db = [mockClient(DynamoDBClient), mockClient(DynamoDBDocumentClient)];
  afterEach(() => {
    for (const mock of db) expect(mock.calls()).toHaveLength(0);
  });
  afterAll(() => {
    for (const mock of db) mock.restore();
  });

  it("GET /openapi.json serves the document, cacheable", async () => {
    const res = await invoke(handler, "GET /openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ "cache-control": "public, max-age=300" });
    expect(res.body).toMatchObject({
      openapi: doc.openapi,
      info: { title: "Passung API" },
      paths: doc.paths,
    });
  });
});
