import { health, openApiDescription } from "../../schemas/meta.ts";

/** Public, database-free routes: liveness and the API description. */
export const META_ROUTES = [
  { method: "GET", path: "/health", group: "meta", auth: "none", summary: "Liveness", response: health },
  {
    method: "GET",
    path: "/openapi.json",
    group: "meta",
    auth: "none",
    summary: "This API description",
    response: openApiDescription,
  },
] as const;
