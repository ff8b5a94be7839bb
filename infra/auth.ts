import { CfnOutput, Duration, Stack } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { ROLES } from "../shared/http/principal.ts";
import type { StageConfig } from "./stage.ts";

export interface PassungAuthProps {
  stage: StageConfig;
  /** Origins of the web pages: sign-in callbacks and logout redirects go to `<origin>/`. */
  webOrigins: readonly string[];
  /** Hosted sign-in domain prefix; globally unique per region, must not contain "aws" or "cognito". */
  domainPrefix?: string;
}

/**
 * Who may sign in: a Cognito user pool whose accounts admins create (no self sign-up), one group
 * per role, the organisation as an immutable custom attribute, and the web pages' app client
 * (authorization code + PKCE, no secret). Its ID token carries `cognito:groups` and
 * `custom:org`, which the API's JWT authorizer and the handlers read.
 */
export class PassungAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, { stage, webOrigins, domainPrefix }: PassungAuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // Set once by an admin when the account is created; a user can never move to another org.
      customAttributes: { org: new StringAttribute({ mutable: false, minLen: 2, maxLen: 63 }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // TOTP only: free on Essentials, no SMS costs or SIM-swap risk. With OPTIONAL, managed
      // login never asks anyone to set MFA up; REQUIRED makes it do so at the next sign-in.
      mfa: stage.mfaRequired ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // User-facing texts are German; {username} and {####} are filled in by Cognito.
      userInvitation: {
        emailSubject: "Ihr Zugang zu Passung",
        emailBody:
          "Für Sie wurde ein Zugang zu Passung angelegt. Benutzername: {username}, vorläufiges Passwort: {####} (3 Tage gültig). Bitte melden Sie sich an und vergeben Sie ein eigenes Passwort.",
      },
      userVerification: {
        emailSubject: "Ihr Bestätigungscode für Passung",
        emailBody: "Ihr Bestätigungscode lautet {####}.",
      },
      // Essentials: hosted sign-in and MFA within the free tier; Plus (threat protection) bills every user.
      featurePlan: FeaturePlan.ESSENTIALS,
      removalPolicy: stage.removalPolicy,
      deletionProtection: stage.protectData,
    });
    for (const role of ROLES) this.userPool.addGroup(`Group-${role}`, { groupName: role });

    this.domain = this.userPool.addDomain("SignIn", {
      cognitoDomain: { domainPrefix: domainPrefix ?? `passung-${stage.name}-${Stack.of(this).account}` },
    });

    const pages = webOrigins.map((origin) => `${origin}/`);
    const readable = new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true })
      .withCustomAttributes("org");
    this.client = this.userPool.addClient("WebClient", {
      generateSecret: false,
      // Any key makes CDK list the flows: only ALLOW_REFRESH_TOKEN_AUTH; passwords go to the hosted UI only.
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: pages,
        logoutUrls: pages,
      },
      preventUserExistenceErrors: true,
      readAttributes: readable,
      // Not custom:org: users must not change their own organisation.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    new CfnOutput(this, "UserPoolId", { key: "UserPoolId", value: this.userPool.userPoolId });
    new CfnOutput(this, "AppClientId", { key: "AppClientId", value: this.client.userPoolClientId });
    new CfnOutput(this, "SignInUrl", { key: "SignInUrl", value: this.domain.baseUrl() });
  }
}
