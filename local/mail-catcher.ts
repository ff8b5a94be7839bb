import { mkdir } from "node:fs/promises";
import { MailDev } from "maildev";
import { freePort } from "./dynamodb-local.ts";
import { startLoopbackProxy } from "./loopback-proxy.ts";

/**
 * MailDev (npm package `maildev`) in this process: an SMTP server that keeps every mail and a web
 * page (and REST API, `GET /api/email`) to read them. Bound to 127.0.0.1 only, and its page is
 * reached through a proxy that lets only loopback pages in (local/loopback-proxy.ts): MailDev
 * itself answers any website's CORS request with credentials. The preferred ports are MailDev's
 * usual 1025/1080; a port in use is replaced by a free one.
 */
export interface MailCatcher {
  smtpPort: number;
  webUrl: string;
  stop(): Promise<void>;
}

async function portOr(preferred: number | undefined): Promise<number> {
  if (preferred === undefined) return freePort();
  const { createServer } = await import("node:net");
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(preferred, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

export async function startMailCatcher(options: {
  smtpPort?: number;
  webPort?: number;
  mailDirectory: string;
}): Promise<MailCatcher> {
  const smtpPort = await portOr(options.smtpPort);
  const webPort = await portOr(options.webPort);
  // MailDev's own page, behind the proxy on webPort; never handed out.
  const innerPort = await freePort();
  await mkdir(options.mailDirectory, { recursive: true });
  const maildev = new MailDev({
    smtp: smtpPort,
    web: innerPort,
    ip: "127.0.0.1",
    webIp: "127.0.0.1",
    mailDirectory: options.mailDirectory,
    // A catcher left running for weeks stays small.
    maxEmails: 500,
    silent: true,
  });
  await maildev.start();
  const proxy = await startLoopbackProxy(webPort, innerPort).catch(async (error: unknown) => {
    await maildev.stop();
    throw error;
  });
  const stop = async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await maildev.stop();
  };
  return { smtpPort, webUrl: `http://127.0.0.1:${webPort}`, stop };
}
