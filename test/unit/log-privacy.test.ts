import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { candidateInput } from "../../shared/schemas/candidate.ts";

/** A candidate as a coach enters it: every value is distinctive, so a leak cannot hide. */
const CANDIDATE = {
  reference: "OWL-2026-0042",
  ownReference: "AKTE-Hassan-1985",
  occupation: "81302",
  location: { postalCode: "33330" },
  radiusKm: 73,
  germanLevel: "B1",
  languages: ["ar", "uk"],
  availableFrom: "2027-02-01",
  recognition: {
    status: "partial",
    authority: "Bezirksregierung Detmold",
    gaps: ["Praxiseinsatz Geriatrie"],
  },
};
const LEAKS = [
  "OWL-2026-0042",
  "Hassan",
  "81302",
  "33330",
  "2027-02-01",
  "Bezirksregierung",
  "Geriatrie",
  '"ar"',
];

let lines: string[] = [];
const capture = (chunk: unknown) => {
  lines.push(...String(chunk).split("\n").filter(Boolean));
  return true;
};

/** The logger module afresh with level info (the suite runs with LOG_LEVEL=silent). */
async function loadLogger() {
  vi.resetModules();
  vi.stubEnv("LOG_LEVEL", "INFO");
  vi.stubEnv("POWERTOOLS_LOG_LEVEL", "INFO");
  return import("../../shared/observability/logger.ts");
}

beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("log lines never contain a candidate's fields", () => {
  it("the redaction list names every field of the candidate schema but the search radius", async () => {
    const { CANDIDATE_FIELDS } = await loadLogger();
    for (const field of Object.keys(candidateInput.shape))
      expect(CANDIDATE_FIELDS.has(field), field).toBe(field !== "radiusKm");
  });

  it("logs the search radius as it is: how far a coach searches says nothing about the person", async () => {
    const { logger } = await loadLogger();
    logger.info("match", { occupationGroup: "813", radiusKm: 73 });
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ occupationGroup: "813", radiusKm: 73 });
  });

  it("writes JSON lines with level, message, service and the request's fields", async () => {
    const { logger } = await loadLogger();
    logger
      .child({ correlation_id: "Jd8xQhSYliAEMnA=", route: "POST /matches" })
      .info("request", { status: 200 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: "INFO",
      message: "request",
      service: "passung-local",
      correlation_id: "Jd8xQhSYliAEMnA=",
      route: "POST /matches",
      status: 200,
    });
  });

  it("redacts candidate fields at any depth, whatever a call site passes", async () => {
    const { logger } = await loadLogger();
    const log = logger.child({ role: "coach", org: "mozaik" });
    log.info("saved", { candidate: CANDIDATE });
    log.warn("odd input", { ...CANDIDATE });
    log.error("failed", { details: { request: { body: JSON.stringify(CANDIDATE) }, items: [CANDIDATE] } });
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      for (const leak of LEAKS) expect(line, leak).not.toContain(leak);
      expect(JSON.parse(line)).toMatchObject({ role: "coach", org: "mozaik" });
    }
    expect(JSON.parse(lines[1] ?? "")).toMatchObject({
      reference: "[redacted]",
      ownReference: "[redacted]",
      location: "[redacted]",
    });
  });
});

describe("a request's log lines", () => {
  it("carry correlation id, route, role and org — and nothing of the candidate it was about", async () => {
    await loadLogger();
    const { apiHandler } = await import("../../shared/http/api-handler.ts");
    const { buildApiEvent } = await import("../../local/api-event.ts");
    const handler = apiHandler({ auth: "required", body: candidateInput }, async (req) => {
      req.log.info("candidate received", { fields: Object.keys(req.body ?? {}).length });
      throw new Error("storage exploded"); // an unexpected failure: logged with its stack
    });
    const event = buildApiEvent({
      method: "POST",
      routePath: "/candidates",
      rawPath: "/candidates",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CANDIDATE),
      claims: { sub: "coach-1", "cognito:groups": ["coach"], "custom:org": "mozaik", token_use: "id" },
    });
    const context = { awsRequestId: "lambda-req-1", functionName: "passung-candidates" };
    const result = await handler(event, context as never);
    expect(result.statusCode).toBe(500);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((e) => e.message)).toEqual(["candidate received", "unhandled error"]);
    for (const entry of entries)
      expect(entry).toMatchObject({
        correlation_id: event.requestContext.requestId,
        route: "POST /candidates",
        role: "coach",
        org: "mozaik",
        function_request_id: "lambda-req-1",
      });
    for (const line of lines) for (const leak of LEAKS) expect(line, leak).not.toContain(leak);
  });
});

describe("the Lambda context of a line is its invocation's", () => {
  const context = (functionName: string, awsRequestId: string) =>
    ({ functionName, awsRequestId, functionVersion: "$LATEST", memoryLimitInMB: "1024" }) as never;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

  it("names the function and request running, even with several at once in one process", async () => {
    vi.stubEnv("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    const { logger, withLambdaContext } = await loadLogger();
    const invoke = (fn: string, id: string) =>
      withLambdaContext(context(fn, id), async () => {
        logger.info("begin", { id });
        await tick();
        logger.child({ step: 2 }).info("end", { id });
      });
    await Promise.all([invoke("passung-matches", "m-1"), invoke("passung-notification-stream", "s-1")]);
    await invoke("passung-matches", "m-2");
    logger.info("between invocations");

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const of = (id: string) =>
      entries
        .filter((e) => e.id === id)
        .map((e) => [e.message, e.function_name, e.function_request_id, e.cold_start]);
    expect(of("m-1")).toEqual([
      ["begin", "passung-matches", "m-1", true],
      ["end", "passung-matches", "m-1", true],
    ]);
    expect(of("s-1")).toEqual([
      ["begin", "passung-notification-stream", "s-1", true],
      ["end", "passung-notification-stream", "s-1", true],
    ]);
    // Only a function's first invocation is a cold start.
    expect(of("m-2")).toEqual([
      ["begin", "passung-matches", "m-2", false],
      ["end", "passung-matches", "m-2", false],
    ]);
    const outside = entries.find((e) => e.message === "between invocations");
    expect(outside).toBeDefined();
    expect(outside).not.toHaveProperty("function_name");
    expect(outside).not.toHaveProperty("function_request_id");
  });
});
