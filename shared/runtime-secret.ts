import { ServiceUnavailableError } from "./domain/errors.ts";

/** Where the AWS Parameters and Secrets Lambda Extension listens (its default port). */
const EXTENSION_PORT = "2773";
const EXTENSION_TIMEOUT_MS = 2000;

/** One read per secret and container; a failed read is not kept, the next request tries again. */
const cache = new Map<string, Promise<string>>();

const unavailable = () =>
  new ServiceUnavailableError("Ein Schlüssel des Dienstes ist gerade nicht lesbar; bitte erneut versuchen.");

async function fromExtension(arn: string, env: NodeJS.ProcessEnv): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? EXTENSION_PORT;
  const res = await fetch(`http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(arn)}`, {
    // The extension answers only callers that hold the function's session token.
    headers: { "X-Aws-Parameters-Secrets-Token": env.AWS_SESSION_TOKEN ?? "" },
    signal: AbortSignal.timeout(EXTENSION_TIMEOUT_MS),
  }).catch(() => undefined);
  if (!res?.ok) throw unavailable();
  const { SecretString } = (await res.json()) as { SecretString?: unknown };
  if (typeof SecretString !== "string" || SecretString === "") throw unavailable();
  return SecretString;
}

/**
 * A secret read at run time, never put into an environment variable (where the Lambda console,
 * GetFunctionConfiguration and the template would show it). On Lambda, `<NAME>_ARN` names it in
 * Secrets Manager: read once per container through the Parameters and Secrets extension, which
 * the function construct adds together with read access to exactly that secret
 * (infra/passung-function.ts). Locally (`npm start`, tests) the variable `<NAME>` holds the value
 * itself, and neither set means "" (no secret on a developer's machine).
 */
export function runtimeSecret(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const local = env[name];
  if (local !== undefined) return Promise.resolve(local);
  const arn = env[`${name}_ARN`];
  if (!arn) {
    if (env.AWS_LAMBDA_FUNCTION_NAME)
      return Promise.reject(new Error(`Missing environment variable ${name}_ARN`));
    return Promise.resolve("");
  }
  let pending = cache.get(arn);
  if (!pending) {
    pending = fromExtension(arn, env);
    cache.set(arn, pending);
    pending.catch(() => cache.delete(arn));
  }
  return pending;
}
