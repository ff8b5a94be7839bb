import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "../../shared/http/openapi.ts";

/** An answer as a Lambda function (or the local gateway) gives it: payload v2 result fields. */
export interface Answer {
  /** API Gateway's default: 200. */
  statusCode?: number;
  headers?: Record<string, string | number | boolean | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

/** Where an answer first departs from the document: `at` is a JSON pointer into the answer. */
export interface Mismatch {
  operation: string;
  status: number;
  at: string;
  message: string;
}

export const describeMismatch = (m: Mismatch) => `${m.operation} → ${m.status}: ${m.at} ${m.message}`;

type Node = Record<string, unknown>;
const DOC_ID = "openapi.json";
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const escape = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");
const isJson = (type: string) => /^application\/(?:[\w.-]+\+)?json$/.test(type);

/** The path of an ajv error, down to the missing or extra property it names. */
function errorPath(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const leaf = params.missingProperty ?? params.additionalProperty;
  return `body${error.instancePath}${leaf === undefined ? "" : `/${escape(leaf)}`}`;
}

/**
 * Checks answers against an OpenAPI 3.1 document with ajv (JSON Schema 2020-12, formats): the
 * status is declared for the operation, the media type is one of the declared ones, declared
 * headers are present when required and match their schema, and the body matches its schema.
 */
export function openApiValidator(doc: OpenApiDocument) {
  // strictSchema off: schemas are reached through the document, whose other members are no keywords.
  const ajv = new Ajv2020({ strict: true, strictSchema: false, strictTypes: false, allErrors: false });
  addFormats(ajv);
  ajv.addSchema(doc as unknown as Node, DOC_ID);
  const compiled = new Map<string, ValidateFunction>();
  const schemaAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const resolve = (node: unknown, pointer: string): [Node, string] => {
    const n = node as Node;
    if (typeof n.$ref !== "string") return [n, pointer];
    const target = n.$ref.slice(1);
    const found = target
      .split("/")
      .slice(1)
      .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (at as Node)[key], doc);
    return resolve(found, target);
  };

  /** The first mismatch of `answer` to `METHOD /path/{template}`, or undefined when it conforms. */
  function check(method: string, pathTemplate: string, answer: Answer): Mismatch | undefined {
    const operation = `${method.toUpperCase()} ${pathTemplate}`;
    const status = answer.statusCode ?? 200;
    const fail = (at: string, message: string) => ({ operation, status, at, message });
    const op = doc.paths[pathTemplate]?.[method.toLowerCase()];
    if (!op) return fail("", "is no operation of the document");
    const opPointer = `/paths/${escape(pathTemplate)}/${method.toLowerCase()}`;
    const code = String(status);
    const key = [code, `${code[0]}XX`, "default"].find((k) => k in op.responses);
    if (!key) return fail("status", `is not declared (declared: ${Object.keys(op.responses).join(", ")})`);
    const [response, responsePointer] = resolve(op.responses[key], `${opPointer}/responses/${key}`);
    const headers = new Map(
      Object.entries(answer.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );

    for (const [name, def] of Object.entries((response.headers ?? {}) as Node)) {
      const [header, headerPointer] = resolve(def, `${responsePointer}/headers/${escape(name)}`);
      const value = headers.get(name.toLowerCase());
      if (value === undefined) {
        if (header.required) return fail(`headers/${name}`, "is required but missing");
        continue;
      }
      if (header.schema && !schemaAt(`${headerPointer}/schema`)(value))
        return fail(`headers/${name}`, `${JSON.stringify(value)} does not match its schema`);
    }

    const bytes =
      answer.body === undefined || answer.body === ""
        ? undefined
        : Buffer.from(answer.body, answer.isBase64Encoded ? "base64" : "utf8");
    const content = response.content as Record<string, Node> | undefined;
    const type = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!content) return bytes ? fail("body", "is not declared (no content)") : undefined;
    const mediaKey = Object.keys(content).find(
      (declaredType) =>
        declaredType === type ||
        (declaredType.endsWith("/*") && type.startsWith(declaredType.slice(0, -1))) ||
        declaredType === "*/*",
    );
    if (!mediaKey)
      return fail("headers/content-type", `"${type}" is not declared (${Object.keys(content).join(", ")})`);
    if (!bytes) return fail("body", "is missing");
    if (!content[mediaKey]?.schema) return undefined;
    let value: unknown = bytes.toString("utf8");
    if (isJson(type)) {
      try {
        value = JSON.parse(value as string);
      } catch {
        return fail("body", "is not JSON");
      }
    }
    const validate = schemaAt(`${responsePointer}/content/${escape(mediaKey)}/schema`);
    if (validate(value)) return undefined;
    const [error] = validate.errors ?? [];
    return error ? fail(errorPath(error), error.message ?? "does not match") : fail("body", "does not match");
  }

  return { check };
}
