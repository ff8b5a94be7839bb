import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { importRoutes } from "./routes.ts";

export const handler = dispatch(importRoutes(depsFromEnv()));
