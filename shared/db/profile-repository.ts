import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { Profile } from "../schemas/organisation.ts";
import { profileKey } from "./keys.ts";
import { withoutKeys } from "./query-page.ts";

export type StoredProfile = Omit<Profile, "orgName">;

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
      return Item ? withoutKeys<StoredProfile>(Item, ["PK", "SK"]) : undefined;
    },

    async put(profile: StoredProfile): Promise<void> {
      await deps.db.send(
        new PutCommand({ TableName: table, Item: { ...profile, ...profileKey(profile.sub) } }),
      );
    },
  };
}
