/** The logger of every function and of the local runtime: Powertools, see shared/observability/logger.ts. */
export { addLambdaContext, createLogger, type Logger, logger } from "./observability/logger.ts";
