import type { TestProject } from "vitest/node";
import { type DynamoDbLocal, startDynamoDbLocal } from "../../local/dynamodb-local.ts";

let dynamo: DynamoDbLocal | undefined;

/** One in-memory DynamoDB Local for the whole run; each test file creates its own table. */
export async function setup(project: TestProject) {
  dynamo = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
