import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../local/dynamodb-local.ts";
import { runtimeSecret } from "../../shared/runtime-secret.ts";

/** A stand-in for the Parameters and Secrets Lambda Extension on localhost. */
let extension: Server;
let port: number;
const asked: { url: string; headers: IncomingHttpHeaders }[] = [];
let failNext = 0;
const ARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:StatisticsKeySecret-AbCdEf";

beforeAll(async () => {
  port = await freePort();
  extension = createServer((req, res) => {
    asked.push({ url: req.url ?? "", headers: req.headers });
    if (failNext > 0) {
      failNext--;
      res.writeHead(500).end();
      return;
    }
    if (req.headers["x-aws-parameters-secrets-token"] !== "session-token") {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({ ARN, Name: "StatisticsKeySecret", SecretString: "s3cr3t-from-secrets-manager" }),
    );
  });
  await new Promise<void>((resolve) => extension.listen(port, "127.0.0.1", resolve));
});
afterAll(() => extension?.close());

const lambdaEnv = (arn: string) => ({
  AWS_LAMBDA_FUNCTION_NAME: "passung-statistics",
  AWS_SESSION_TOKEN: "session-token",
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(port),
  STATISTICS_KEY_SECRET_ARN: arn,
});

describe("runtimeSecret", () => {
  it("on Lambda reads the named secret through the extension, with the session token, once per container", async () => {
    asked.length = 0;
    const env = lambdaEnv(ARN);
    const values = await Promise.all(
      Array.from({ length: 5 }, () => runtimeSecret("STATISTICS_KEY_SECRET", env)),
    );
    expect(values).toEqual(Array(5).fill("s3cr3t-from-secrets-manager"));
    expect(await runtimeSecret("STATISTICS_KEY_SECRET", env)).toBe("s3cr3t-from-secrets-manager");
    expect(asked).toHaveLength(1);
    expect(asked[0]?.url).toBe(`/secretsmanager/get?secretId=${encodeURIComponent(ARN)}`);
  });

  it("answers 503 when the extension fails, and tries again on the next request", async () => {
    const env = lambdaEnv(`${ARN}-retry`);
    failNext = 1;
    await expect(runtimeSecret("STATISTICS_KEY_SECRET", env)).rejects.toMatchObject({ statusCode: 503 });
    expect(await runtimeSecret("STATISTICS_KEY_SECRET", env)).toBe("s3cr3t-from-secrets-manager");
  });

  it("refuses to run on Lambda without the secret's ARN rather than use an empty secret", async () => {
    await expect(runtimeSecret("STATISTICS_KEY_SECRET", { AWS_LAMBDA_FUNCTION_NAME: "x" })).rejects.toThrow(
      /STATISTICS_KEY_SECRET_ARN/,
    );
  });

  it("locally takes the variable itself, or none", async () => {
    expect(await runtimeSecret("STATISTICS_KEY_SECRET", { STATISTICS_KEY_SECRET: "local" })).toBe("local");
    expect(await runtimeSecret("STATISTICS_KEY_SECRET", {})).toBe("");
  });
});
