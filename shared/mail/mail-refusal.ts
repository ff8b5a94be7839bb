/**
 * What a refused mail may put in a log: the error's name and HTTP status, never its message. SES
 * names the refused address in it ("… failed the check in region EU-CENTRAL-1: name@firma.de"),
 * and an address is about a person.
 */
export function mailRefusal(error: unknown): { errorName: string; httpStatus?: number } {
  const name = error instanceof Error ? error.name : typeof error;
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === "number" ? { errorName: name, httpStatus: status } : { errorName: name };
}
