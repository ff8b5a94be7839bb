import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { definePassung } from "../../infra/app.ts";
import { ROLES } from "../../shared/http/principal.ts";

const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
const WEB = "https://passung.example.org";

function synth(stage: "dev" | "prod", extra: Record<string, string> = {}) {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: {
      ...context,
      stage,
      webOrigin: WEB,
      alarmEmail: "ops@example.org",
      "aws:cdk:bundling-stacks": [],
      ...extra,
    },
  });
  return Template.fromStack(definePassung(app).authStack);
}
const POOL = "AWS::Cognito::UserPool";
const CLIENT = "AWS::Cognito::UserPoolClient";

describe("user pool", () => {
  const template = synth("dev");

  it("lets only admins create accounts, signs in by email, demands strong passwords, offers TOTP", () => {
    template.hasResourceProperties(POOL, {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      MfaConfiguration: "OPTIONAL",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    });
  });

  it("keeps the organisation in an immutable custom attribute", () => {
    template.hasResourceProperties(POOL, {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: "org", AttributeDataType: "String", Mutable: false }),
      ]),
    });
  });

  it("has one group per role", () => {
    const groups = Object.values(template.findResources("AWS::Cognito::UserPoolGroup"));
    expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual([...ROLES].sort());
  });

  it("dev: deleted with the stack; prod: retained and deletion-protected", () => {
    template.hasResource(POOL, {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtection: "INACTIVE" }),
    });
    synth("prod").hasResource(POOL, {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
    });
  });

  it("hosts sign-in under a prefix from -c authDomainPrefix, by default stage and account", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolDomain", {
      Domain: { "Fn::Join": ["", ["passung-dev-", { Ref: "AWS::AccountId" }]] },
    });
    synth("dev", { authDomainPrefix: "passung-iq-test" }).hasResourceProperties(
      "AWS::Cognito::UserPoolDomain",
      { Domain: "passung-iq-test" },
    );
  });
});

describe("web app client", () => {
  const template = synth("dev");

  it("is public (no secret) and uses the authorization code grant only", () => {
    template.hasResourceProperties(CLIENT, {
      GenerateSecret: false,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ["openid", "email", "profile"],
      ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
      IdTokenValidity: 60,
      TokenValidityUnits: Match.objectLike({ IdToken: "minutes" }),
    });
  });

  it("reads custom:org but can never write it", () => {
    const [client] = Object.values(template.findResources(CLIENT));
    expect(client?.Properties.ReadAttributes).toContain("custom:org");
    expect(client?.Properties.WriteAttributes).not.toContain("custom:org");
  });

  it("returns to the web pages (and localhost in dev only)", () => {
    const pages = [`${WEB}/`, "http://localhost:3000/"];
    template.hasResourceProperties(CLIENT, { CallbackURLs: pages, LogoutURLs: pages });
    synth("prod").hasResourceProperties(CLIENT, { CallbackURLs: [`${WEB}/`], LogoutURLs: [`${WEB}/`] });
  });

  it("outputs the user pool id, app client id and sign-in URL", () => {
    for (const name of ["UserPoolId", "AppClientId", "SignInUrl"]) template.hasOutput(name, {});
  });
});
