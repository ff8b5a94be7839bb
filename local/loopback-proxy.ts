import { createServer, type IncomingMessage, request, type Server } from "node:http";
import { connect } from "node:net";
import { isLoopbackHost } from "./loopback-host.ts";

/** A page on this machine: http://localhost:<port>, http://127.0.0.1:<port> or http://[::1]:<port>. */
const LOOPBACK_ORIGIN = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/**
 * Whether a request may reach a local tool: addressed to a loopback name (no DNS rebinding) and,
 * when a browser sends an Origin, from a loopback page. Any other website (or `Origin: null`)
 * gets 403 and no CORS header, so it can neither read nor delete what the tool holds.
 */
export function fromLoopbackPage(req: Pick<IncomingMessage, "headers">): boolean {
  const { host, origin } = req.headers;
  return isLoopbackHost(host) && (origin === undefined || LOOPBACK_ORIGIN.test(origin));
}

const REFUSED = "Nur für Seiten auf diesem Rechner (localhost, 127.0.0.1).";

/**
 * An HTTP (and WebSocket) proxy on 127.0.0.1:`port` in front of a server on 127.0.0.1:`target`
 * that answers every origin (MailDev reflects any Origin with credentials, and its options
 * cannot change that): only loopback pages pass (fromLoopbackPage).
 */
export async function startLoopbackProxy(port: number, target: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (!fromLoopbackPage(req)) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end(REFUSED);
      return;
    }
    const upstream = request(
      { host: "127.0.0.1", port: target, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  // Socket.IO (the page's live updates): browsers send Origin on WebSocket upgrades too.
  server.on("upgrade", (req, socket, head) => {
    if (!fromLoopbackPage(req)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    const upstream = connect(target, "127.0.0.1", () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}
