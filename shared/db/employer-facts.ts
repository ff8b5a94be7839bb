import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";

/** What places on behalf and decision links need of an employer record. */
export interface EmployerFacts {
  id: string;
  /** The counselling organisation that keeps the record. */
  counsellingOrg: string;
  name: string;
  contact?: { name: string; email?: string | undefined; phone?: string | undefined } | undefined;
}

/** PLACEHOLDER until the employer records land: replaced by their repository's read. */
export async function employerFacts(deps: Deps, org: string, id: string): Promise<EmployerFacts | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: { PK: `EMPL#${id}`, SK: "EMPL" }, ConsistentRead: true }),
  );
  const record = Item as EmployerFacts | undefined;
  return record?.counsellingOrg === org ? record : undefined;
}
