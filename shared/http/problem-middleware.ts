import type middy from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { DomainError } from "../domain/errors.ts";
import type { Logger } from "./logger.ts";
import type { ApiResult } from "./response.ts";

const PROBLEM_BASE = "https://passung.example.org/problems/";

export function problem(status: number, type: string, title: string, detail?: string, extra = {}): ApiResult {
  return {
    statusCode: status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
    body: JSON.stringify({ type: PROBLEM_BASE + type, title, status, detail, ...extra }),
  };
}

/**
 * The one error mapper: domain errors become RFC 9457 problem+json; anything unknown is logged
 * with its stack and answered with a bare 500 that leaks nothing.
 */
export function problemJson(log: Logger): middy.MiddlewareObj<APIGatewayProxyEventV2, ApiResult> {
  return {
    onError: async (request) => {
      const error = request.error;
      if (error instanceof DomainError) {
        request.response = problem(error.statusCode, error.type, error.title, error.message, error.extra);
        return;
      }
      log.error("unhandled error", {
        requestId: request.event.requestContext?.requestId,
        error:
          error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error,
      });
      request.response = problem(
        500,
        "internal",
        "Interner Fehler",
        "Ein unerwarteter Fehler ist aufgetreten.",
      );
    },
  };
}
