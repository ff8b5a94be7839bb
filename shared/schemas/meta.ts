import * as z from "./z.ts";

/** GET /health */
export const health = z.object({ status: z.literal("ok") });

/** GET /openapi.json: an OpenAPI 3.1 document (its own schema is the OpenAPI specification's). */
export const openApiDescription = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.record(z.string(), z.record(z.string(), z.unknown())),
});
