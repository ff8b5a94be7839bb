import { dispatch } from "../../shared/http/api-handler.ts";
import { referenceRoutes } from "./routes.ts";

export const handler = dispatch(referenceRoutes());
