import { api } from "./api.ts";
import { getSession } from "./session.ts";

export type Notify = "immediately" | "daily" | "off";
export interface Me {
  sub: string;
  org: string;
  role: string;
  name?: string;
  email?: string;
  phone?: string;
  notify: Notify;
  /** The own organisation's display name, when it has been described. */
  orgName?: string;
  version: number;
}
export interface Organisation {
  org: string;
  name: string;
  kind: "coaching" | "employer" | "provider" | "network";
  district?: string;
  website?: string;
  version: number;
}

/** The signed-in user's profile, read once per sign-in and shared by the header and the forms. */
let cached: Promise<Me | undefined> | undefined;
let cachedFor: string | undefined;

export function loadMe(): Promise<Me | undefined> {
  const token = getSession()?.token;
  if (!token) return Promise.resolve(undefined);
  if (cachedFor !== token) cached = undefined;
  cachedFor = token;
  cached ??= api.get<Me>("/me").catch(() => {
    cached = undefined;
    return undefined;
  });
  return cached;
}

/** After saving the profile or signing out: the next read asks the server again. */
export const forgetMe = (saved?: Me) => {
  cached = saved ? Promise.resolve(saved) : undefined;
};
