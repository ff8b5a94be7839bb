import { App, Tags } from "aws-cdk-lib";
import { stageConfig } from "./stage.ts";
import { StatefulStack } from "./stateful-stack.ts";

/** `npx cdk synth|deploy -c stage=dev|prod` (cdk.json defaults to dev). */
const app = new App();
const stage = stageConfig(app.node.tryGetContext("stage"));
Tags.of(app).add("project", "passung");
Tags.of(app).add("stage", stage.name);

// The CLI's profile decides account and region; without one the stacks stay environment-agnostic.
const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };

new StatefulStack(app, `Passung-${stage.name}-Stateful`, { env, stage });
