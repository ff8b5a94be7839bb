import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { statisticsRoutes } from "./routes.ts";

export const handler = dispatch(statisticsRoutes(depsFromEnv()));
