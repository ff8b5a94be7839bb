import { runtimeSecret } from "../runtime-secret.ts";

/** What signs decision links on a developer's machine and in tests (never on AWS: runtime-secret.ts). */
export const DEV_DECISION_LINK_SECRET = "passung-dev-decision-links";

/**
 * The key of the decision links' HMAC (shared/domain/decision-token.ts): on AWS a secret of its
 * own, read at run time (DECISION_LINK_SECRET_ARN, infra/decision-links.ts); locally the dev secret.
 * Rotating it makes every link sent so far invalid, nothing else.
 */
export async function decisionLinkSecret(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await runtimeSecret("DECISION_LINK_SECRET", env)) || DEV_DECISION_LINK_SECRET;
}
