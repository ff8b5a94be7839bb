import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  ResourceNotFoundException,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/create-user.ts";

const cognito = mockClient(CognitoIdentityProviderClient);
const POOL = "eu-central-1_AbC123xyz";
const ARGS = [
  "--email",
  "eva.muster@example.org",
  "--role",
  "coach",
  "--org",
  "mozaik",
  "--user-pool-id",
  POOL,
];

let out: string[];
let err: string[];
let regions: string[];
beforeEach(() => {
  cognito.reset();
  [out, err, regions] = [[], [], []];
  vi.spyOn(console, "log").mockImplementation((line: string) => out.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => err.push(line));
});
afterEach(() => vi.restoreAllMocks());

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  main(args, env, (region) => {
    regions.push(region);
    return new CognitoIdentityProviderClient({ region });
  });
const created = () => cognito.commandCalls(AdminCreateUserCommand).map((call) => call.args[0].input);
const grouped = () => cognito.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input);

describe("user:create", () => {
  it("creates the user with their organisation, invites by email, then adds the role's group", async () => {
    cognito.on(AdminCreateUserCommand).resolves({
      User: { Username: "4f1c0c2e-0000-4000-8000-000000000001", UserStatus: "FORCE_CHANGE_PASSWORD" },
    });
    cognito.on(AdminAddUserToGroupCommand).resolves({});

    expect(await run([...ARGS, "--name", " Eva Muster "])).toBe(0);

    expect(cognito.calls().map((call) => call.args[0].constructor)).toEqual([
      AdminCreateUserCommand,
      AdminAddUserToGroupCommand,
    ]);
    expect(created()).toEqual([
      {
        UserPoolId: POOL,
        Username: "eva.muster@example.org",
        UserAttributes: [
          { Name: "email", Value: "eva.muster@example.org" },
          { Name: "email_verified", Value: "true" },
          { Name: "custom:org", Value: "mozaik" },
          { Name: "name", Value: "Eva Muster" },
        ],
        DesiredDeliveryMediums: ["EMAIL"],
      },
    ]);
    // The group call names the user as Cognito does (a generated id when email is the sign-in alias).
    expect(grouped()).toEqual([
      { UserPoolId: POOL, Username: "4f1c0c2e-0000-4000-8000-000000000001", GroupName: "coach" },
    ]);
    expect(regions).toEqual(["eu-central-1"]);
    expect(out.join("\n")).toMatch(
      /Created eva\.muster@example\.org \(role coach, org mozaik\).*invitation/s,
    );
  });

  it("takes the pool from PASSUNG_USER_POOL_ID and leaves out an unnamed user's name", async () => {
    cognito.on(AdminCreateUserCommand).resolves({ User: { Username: "u-1" } });
    const args = ["--email", "a@example.org", "--role", "admin", "--org", "iq-owl"];

    expect(await run(args, { PASSUNG_USER_POOL_ID: POOL })).toBe(0);

    const [input] = created();
    expect(input?.UserPoolId).toBe(POOL);
    expect(input?.UserAttributes?.map((attribute) => attribute.Name)).toEqual([
      "email",
      "email_verified",
      "custom:org",
    ]);
    expect(grouped()).toEqual([{ UserPoolId: POOL, Username: "u-1", GroupName: "admin" }]);
  });

  it.each([
    [
      "an unknown role",
      ["--email", "a@example.org", "--role", "mentor", "--org", "mozaik"],
      /--role: one of coach/,
    ],
    [
      "an org that is no slug",
      ["--email", "a@example.org", "--role", "coach", "--org", "Mozaik"],
      /--org: a slug/,
    ],
    ["an org starting with '-'", ["--email", "a@example.org", "--role", "coach", "--org", "-x"], /--org/],
    [
      "no email address",
      ["--email", "eva", "--role", "coach", "--org", "mozaik"],
      /--email: an email address/,
    ],
    ["a missing email", ["--role", "coach", "--org", "mozaik"], /--email/],
    ["an empty name", [...ARGS.slice(0, 6), "--name", " "], /--name: must not be empty/],
    ["an unknown option", [...ARGS.slice(0, 6), "--group", "coach"], /Unknown option '--group'/],
    ["a positional argument", [...ARGS.slice(0, 6), "admin"], /positional/],
    [
      "a region other than the pool's",
      [...ARGS.slice(0, 6), "--region", "us-east-1"],
      /in eu-central-1, not us-east-1/,
    ],
  ])("refuses %s with exit code 2 and sends nothing", async (_, args, message) => {
    const env = { PASSUNG_USER_POOL_ID: POOL };
    expect(await run(args, env)).toBe(2);
    expect(err.join("\n")).toMatch(message);
    expect(err.join("\n")).toContain("Usage: npm run user:create");
    expect(cognito.calls()).toHaveLength(0);
    expect(regions).toEqual([]);
  });

  it("refuses a missing or malformed user pool id", async () => {
    expect(await run(ARGS.slice(0, 6))).toBe(2);
    expect(await run([...ARGS.slice(0, 6), "--user-pool-id", "AbC123"])).toBe(2);
    expect(err.join("\n")).toMatch(/--user-pool-id or PASSUNG_USER_POOL_ID: like eu-central-1_AbC123/);
    expect(cognito.calls()).toHaveLength(0);
  });

  it("names every problem at once", async () => {
    expect(await run(["--email", "x", "--role", "boss", "--org", "X"])).toBe(2);
    expect(err.join("\n")).toMatch(/--email[^]*--role[^]*--org[^]*--user-pool-id/);
  });

  it("says clearly when the user exists, and changes neither their organisation nor their groups", async () => {
    cognito
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: "User account already exists", $metadata: {} }));

    expect(await run(ARGS)).toBe(1);

    expect(err.join("\n")).toMatch(
      /eva\.muster@example\.org already exists in eu-central-1_AbC123xyz: nothing changed/,
    );
    expect(created()).toHaveLength(1);
    expect(grouped()).toHaveLength(0);
    expect(out).toEqual([]);
  });

  it("says how to finish by hand when the group cannot be added after the user was created", async () => {
    cognito.on(AdminCreateUserCommand).resolves({ User: { Username: "u-2" } });
    cognito
      .on(AdminAddUserToGroupCommand)
      .rejects(new ResourceNotFoundException({ message: "Group not found.", $metadata: {} }));

    expect(await run(ARGS)).toBe(1);

    expect(err.join("\n")).toContain(
      "was created and invited, but not added to the group coach (Group not found.)",
    );
    expect(err.join("\n")).toContain(
      `aws cognito-idp admin-add-user-to-group --user-pool-id ${POOL} --username u-2 --group-name coach`,
    );
  });
});
