import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { decisionRoutes } from "./routes.ts";

export const handler = dispatch(decisionRoutes(depsFromEnv()));
