import type { DynamoDBStreamEvent, Context } from "aws-lambda";
import { processStreamBatch, type BatchResult } from "../../shared/app/stream-batch.ts";
import { REACTIONS } from "../../shared/app/stream-reactions.ts";
import { logger, withLambdaContext } from "../../shared/logger.ts";
import { sesNoticeMailer } from "../../shared/mail/ses-mailer.ts";
import { depsFromEnv } from "../../shared/runtime.ts";

/**
 * The table's change stream consumer (infra/notification-stream.ts): runs the stream reactions on
 * each record and reports the first failing one (ReportBatchItemFailures), from which Lambda retries.
 */
export const handler = (event: DynamoDBStreamEvent, context: Context): Promise<BatchResult> =>
  withLambdaContext(context, () => {
    // The mail reaction sends through SES as the stack's sender identity (MAIL_FROM), if there is one.
    const mail = sesNoticeMailer();
    const deps = mail ? { ...depsFromEnv(), mail } : depsFromEnv();
    return processStreamBatch(deps, event.Records, REACTIONS, logger);
  });
