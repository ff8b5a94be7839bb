import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { referralRoutes } from "./routes.ts";

export const handler = dispatch(referralRoutes(depsFromEnv()));
