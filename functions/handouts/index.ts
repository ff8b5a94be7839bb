import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { handoutRoutes } from "./routes.ts";

export const handler = dispatch(handoutRoutes(depsFromEnv()));
