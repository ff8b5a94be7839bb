import { readFileSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url);

/** The repository's own source files a function's entry bundles (dependencies left out). */
export async function bundledSources(entry: string): Promise<{ path: string; text: string }[]> {
  const { metafile } = await build({
    entryPoints: [new URL(entry, root).pathname],
    absWorkingDir: root.pathname,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs)
    .filter((path) => path.endsWith(".ts"))
    .map((path) => ({ path, text: readFileSync(new URL(path, root), "utf8") }));
}

/** IAM actions of the DynamoDB commands (SDK or document client) and transaction items in the code. */
const COMMANDS: Record<string, string[]> = {
  Get: ["dynamodb:GetItem"],
  Put: ["dynamodb:PutItem"],
  Update: ["dynamodb:UpdateItem"],
  Delete: ["dynamodb:DeleteItem"],
  Query: ["dynamodb:Query"],
  Scan: ["dynamodb:Scan"],
  BatchGet: ["dynamodb:BatchGetItem"],
  BatchWrite: ["dynamodb:BatchWriteItem"],
  // No IAM action of their own: each item inside needs its action (see TRANSACTION_ITEMS).
  TransactWrite: [],
  TransactGet: [],
  // Not DynamoDB: SES (shared/mail/ses-sender.ts), granted on the sender identity (infra/notification-mail.ts).
  SendEmail: [],
};
const TRANSACTION_ITEMS: Record<string, string> = {
  Put: "dynamodb:PutItem",
  Update: "dynamodb:UpdateItem",
  Delete: "dynamodb:DeleteItem",
  ConditionCheck: "dynamodb:ConditionCheckItem",
  Get: "dynamodb:GetItem",
};

/** Files that talk to DynamoDB: other clients' commands (SES's SendEmail …) are no table actions. */
const DYNAMODB_CLIENT = /from "@aws-sdk\/(lib-dynamodb|client-dynamodb)"/;

export function actionsIn(sources: { text: string }[]): string[] {
  const code = sources
    .filter((s) => DYNAMODB_CLIENT.test(s.text))
    .map((s) => s.text)
    .join("\n");
  const commands = [...code.matchAll(/\bnew (\w+?)(?:Items?)?Command\(/g)].map((m) => m[1] ?? "");
  const unknown = commands.filter((name) => !(name in COMMANDS));
  if (unknown.length) throw new Error(`Map these commands to IAM actions: ${unknown.join(", ")}`);
  const items = commands.some((name) => name.startsWith("Transact"))
    ? [...code.matchAll(/\b(Put|Update|Delete|ConditionCheck|Get): \{/g)].flatMap(
        (m) => TRANSACTION_ITEMS[m[1] ?? ""] ?? [],
      )
    : [];
  return [...new Set([...commands.flatMap((name) => COMMANDS[name] ?? []), ...items])].sort();
}
