import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/** The cold-start yardstick: a handler that imports only the DynamoDB client and creates one. */
const client = new DynamoDBClient({});

export const handler = async () => ({ statusCode: 200, body: client.config.serviceId });
