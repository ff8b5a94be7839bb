import { connect, createServer, type Socket } from "node:net";

/**
 * A TCP proxy in front of DynamoDB Local, to take the database away from a running service:
 * "refuse" closes the port (ECONNREFUSED, open connections reset), "hang" accepts connections
 * and never answers (timeouts), "up" forwards again on the same port.
 */
export type ProxyMode = "up" | "refuse" | "hang";

export interface TcpProxy {
  url: string;
  mode(): ProxyMode;
  setMode(mode: ProxyMode): Promise<void>;
  /** Switches to `mode` once `count` more requests (client writes) have been forwarded. */
  switchAfter(count: number, mode: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let current: ProxyMode = "up";
  let pending: { remaining: number; mode: ProxyMode } | undefined;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server = createServer((client) => {
    track(client);
    if (current === "hang") return; // accepted, never answered
    const upstream = connect(Number(targetPort), hostname);
    track(upstream);
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      if (pending && --pending.remaining <= 0) {
        const next = pending.mode;
        pending = undefined;
        void setMode(next);
      }
    });
    upstream.pipe(client);
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });

  const port = await listen(0);
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  async function setMode(mode: ProxyMode): Promise<void> {
    if (mode === current) return;
    const wasListening = current !== "refuse";
    current = mode;
    dropAll();
    if (mode === "refuse" && wasListening) await new Promise<void>((r) => server.close(() => r()));
    if (mode !== "refuse" && !wasListening) await listen(port);
  }

  return {
    url: `http://127.0.0.1:${port}`,
    mode: () => current,
    setMode,
    switchAfter: (count, mode) => {
      pending = { remaining: count, mode };
    },
    close: async () => {
      await setMode("refuse");
    },
  };
}
