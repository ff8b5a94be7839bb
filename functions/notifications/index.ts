import { dispatch } from "../../shared/http/api-handler.ts";
import { depsFromEnv } from "../../shared/runtime.ts";
import { notificationRoutes } from "./routes.ts";

export const handler = dispatch(notificationRoutes(depsFromEnv()));
