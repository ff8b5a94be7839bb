import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { candidateRoutes } from "./routes.ts";

export const handler = dispatch(candidateRoutes(depsFromEnv()));
