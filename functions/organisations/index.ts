import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { organisationRoutes } from "./routes.ts";

export const handler = dispatch(organisationRoutes(depsFromEnv()));
