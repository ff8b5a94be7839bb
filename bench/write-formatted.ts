import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";

/** Writes a file as Prettier would (project config), so `npm run lint` stays green after a run. */
export async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(text, { ...options, filepath: path }));
}
