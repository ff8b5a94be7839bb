import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { metaRoutes } from "./routes.ts";

export const handler = dispatch(metaRoutes(() => depsFromEnv()));
