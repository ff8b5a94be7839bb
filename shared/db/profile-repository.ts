import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { Profile } from "../schemas/organisation.ts";
import { profileKey, profileListKey } from "./keys.ts";
import { queryAll, withoutKeys } from "./query-page.ts";

export type StoredProfile = Omit<Profile, "orgName">;

const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK"];

/**
 * A staff member's profile by the token's subject. Only its owner writes it, so the last write
 * wins (no If-Match): there is no second writer to lose an update to.
 */
export function profileRepository(deps: Deps) {
  const table = deps.tableName;
  return {
    async get(sub: string): Promise<StoredProfile | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: table, Key: profileKey(sub), ConsistentRead: true }),
      );
      return Item ? withoutKeys<StoredProfile>(Item, KEY_ATTRIBUTES) : undefined;
    },

    async put(profile: StoredProfile): Promise<void> {
      await deps.db.send(
        new PutCommand({
          TableName: table,
          Item: { ...profile, ...profileKey(profile.sub), ...profileListKey(profile.org, profile.sub) },
        }),
      );
    },

    /** Stores `profile` unless one exists (a member's first visit; a saved profile stays as it is). */
    async putIfMissing(profile: StoredProfile): Promise<void> {
      try {
        await deps.db.send(
          new PutCommand({
            TableName: table,
            Item: { ...profile, ...profileKey(profile.sub), ...profileListKey(profile.org, profile.sub) },
            ConditionExpression: "attribute_not_exists(PK)",
          }),
        );
      } catch (error) {
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      }
    },

    /** Every profile of an organisation (its staff who saved one): the recipients of its notices. */
    async listByOrg(org: string): Promise<StoredProfile[]> {
      const { items } = await queryAll(deps, {
        TableName: table,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": profileListKey(org).GSI1PK },
      });
      return items.map((item) => withoutKeys<StoredProfile>(item, KEY_ATTRIBUTES));
    },
  };
}
