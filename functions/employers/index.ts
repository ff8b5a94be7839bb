import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { employerRoutes } from "./routes.ts";

export const handler = dispatch(employerRoutes(depsFromEnv()));
