import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { matchRoutes } from "./routes.ts";

export const handler = dispatch(matchRoutes(depsFromEnv()));
