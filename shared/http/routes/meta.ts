import { health, openApiDescription } from "../../schemas/meta.ts";

/** Public routes: health (whether the table answers) and the API description. */
export const META_ROUTES = [
  {
    method: "GET",
    path: "/health",
    group: "meta",
    auth: "none",
    summary: "Health: 200 when the table answers, else 503",
    response: health,
  },
  {
    method: "GET",
    path: "/openapi.json",
    group: "meta",
    auth: "none",
    summary: "This API description",
    response: openApiDescription,
  },
] as const;
