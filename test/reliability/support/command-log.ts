import type { Deps } from "../../../shared/runtime.ts";

export interface SentCommand {
  name: string;
  input: Record<string, unknown>;
}

/**
 * Records every command the handlers send through `deps.db` (GetCommand, QueryCommand,
 * TransactWriteCommand, …) with its input: a request that sent no write cannot have changed
 * the table, and a Query shows how much it asked for.
 */
export function commandLog(deps: Deps): { sent: SentCommand[] } {
  const log = { sent: [] as SentCommand[] };
  const send = deps.db.send.bind(deps.db) as (command: object, ...rest: unknown[]) => Promise<unknown>;
  const recording = (command: { input?: Record<string, unknown> }, ...rest: unknown[]) => {
    log.sent.push({ name: command.constructor.name, input: command.input ?? {} });
    return send(command, ...rest);
  };
  Object.assign(deps.db, { send: recording });
  return log;
}

export const isWrite = (command: SentCommand) => /Put|Update|Delete|Write/.test(command.name);
