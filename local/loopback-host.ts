/**
 * DNS rebinding: a page on evil.example can point its own name at 127.0.0.1 and then call the
 * local server as if same-origin (and fetch an admin token from POST /dev/token). The browser
 * still sends `Host: evil.example`, so only requests addressed to a loopback name are answered:
 * localhost, 127.0.0.1 or [::1], with or without a port. Names are compared case-insensitively.
 */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

export const isLoopbackHost = (host: string | undefined): boolean => !!host && LOOPBACK_HOST.test(host);
