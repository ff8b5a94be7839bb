/** The logger of every function and of the local runtime: Powertools, see shared/observability/logger.ts. */
export { createLogger, type Logger, logger, withLambdaContext } from "./observability/logger.ts";
