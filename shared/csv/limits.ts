/**
 * Limits of one import or export request. A Lambda invocation carries at most 6 MB of event, and a CSV body
 * arrives base64-encoded (4/3 of its size): 4 MB of file fit. The write budget leaves the function
 * (timeout 29 s, infra/route-groups.ts) time to answer what it did before API Gateway's 30 s.
 */
export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  writeBudgetMs: number;
  concurrency: number;
  /** Largest export page (UTF-8 bytes): well under the 6 MB a Lambda answer may carry. */
  exportPageBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxRows: 5000,
  writeBudgetMs: 22_000,
  /** Row transactions in flight at once. */
  concurrency: 8,
  exportPageBytes: 4 * 1024 * 1024,
};
