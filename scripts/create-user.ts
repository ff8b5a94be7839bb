/**
 * Creates a Passung account in the Cognito user pool; Cognito emails the invitation with a
 * temporary password.
 *
 *   npm run user:create -- --email eva@example.org --role coach --org mozaik [--name "Eva Muster"]
 *     [--user-pool-id eu-central-1_AbC123 | PASSUNG_USER_POOL_ID=…] [--region eu-central-1]
 *
 * The organisation (`custom:org`) is immutable in the pool: it can be set only here, at creation.
 * Exit codes: 0 created, 1 AWS refused (e.g. the user exists), 2 bad arguments.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { ROLES, type Role } from "../shared/http/principal.ts";

export interface NewUser {
  userPoolId: string;
  region: string;
  email: string;
  role: Role;
  org: string;
  name?: string;
}

export class UsageError extends Error {}

const USAGE = `Usage: npm run user:create -- --email <address> --role ${ROLES.join("|")} --org <slug>
  [--name "<full name>"] [--user-pool-id <id> (or PASSUNG_USER_POOL_ID)] [--region <region>]`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ORG = /^[a-z0-9][a-z0-9-]{1,62}$/;
// `<region>_<id>`: the pool's region is part of its id.
const USER_POOL_ID = /^([a-z]{2}(?:-[a-z]+)+-\d)_[0-9A-Za-z]+$/;
const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

const text = { type: "string" } as const;
const OPTIONS = { email: text, role: text, org: text, name: text, "user-pool-id": text, region: text };

function options(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS }).values;
  } catch (error) {
    // Unknown options, positionals, an option without its value.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The command line, checked completely: every problem is named at once. */
export function parseCreateUserArgs(args: string[], env: NodeJS.ProcessEnv): NewUser {
  const values = options(args);
  const { email = "", role, org = "", name } = values;
  const userPoolId = values["user-pool-id"] ?? env.PASSUNG_USER_POOL_ID ?? "";
  const poolRegion = USER_POOL_ID.exec(userPoolId)?.[1];
  const region = values.region ?? poolRegion;
  const problems = [
    EMAIL.test(email) ? "" : `--email: an email address is needed, got ${JSON.stringify(email)}`,
    isRole(role) ? "" : `--role: one of ${ROLES.join(", ")}, got ${JSON.stringify(role ?? "")}`,
    ORG.test(org) ? "" : `--org: a slug (a-z, 0-9, "-"; 2-63 characters), got ${JSON.stringify(org)}`,
    name?.trim() === "" ? "--name: must not be empty" : "",
    poolRegion ? "" : `--user-pool-id or PASSUNG_USER_POOL_ID: like eu-central-1_AbC123, got "${userPoolId}"`,
    poolRegion && region !== poolRegion
      ? `--region: the pool ${userPoolId} is in ${poolRegion}, not ${region}`
      : "",
  ].filter(Boolean);
  if (problems.length > 0 || !isRole(role) || !region) throw new UsageError(problems.join("\n"));
  return { userPoolId, region, email, role, org, ...(name ? { name: name.trim() } : {}) };
}

/** Creates the user with their organisation and invites them by email, then adds them to their role's group. */
export async function createInvitedUser(client: CognitoIdentityProviderClient, user: NewUser) {
  const { userPoolId: UserPoolId, email, role, org, name } = user;
  let created;
  try {
    created = await client.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: email,
        UserAttributes: [
          { Name: "email", Value: email },
          // The admin vouches for the address; the invitation proves it once the user signs in.
          { Name: "email_verified", Value: "true" },
          { Name: "custom:org", Value: org },
          ...(name ? [{ Name: "name", Value: name }] : []),
        ],
        DesiredDeliveryMediums: ["EMAIL"],
      }),
    );
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
    throw new Error(
      `${email} already exists in ${UserPoolId}: nothing changed (not the organisation, not the groups). ` +
        "custom:org cannot change; for another organisation, delete the user and create them again.",
      { cause: error },
    );
  }
  // With email as the sign-in alias Cognito names the user by a generated id, not the address.
  const username = created.User?.Username ?? email;
  try {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: username, GroupName: role }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${email} was created and invited, but not added to the group ${role} (${reason}). Add them with: ` +
        `aws cognito-idp admin-add-user-to-group --user-pool-id ${UserPoolId} --username ${username} --group-name ${role}`,
      { cause: error },
    );
  }
  return { username, status: created.User?.UserStatus ?? "unknown" };
}

/** The command: returns the exit code. `clientFor` lets tests pass a mocked client. */
export async function main(
  args: string[],
  env: NodeJS.ProcessEnv,
  clientFor = (region: string) => new CognitoIdentityProviderClient({ region }),
): Promise<number> {
  let user: NewUser;
  try {
    user = parseCreateUserArgs(args, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { username, status } = await createInvitedUser(clientFor(user.region), user);
    console.log(
      `Created ${user.email} (role ${user.role}, org ${user.org}) in ${user.userPoolId}: username ${username}, ` +
        `status ${status}. Cognito has emailed the invitation with a temporary password.`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
