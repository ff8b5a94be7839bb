import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from "jose";

/**
 * The ES256 key pair that signs local dev tokens. `npm start` keeps it in the data dir so tokens
 * survive a restart; tests use an in-memory one.
 */
export interface SigningKey {
  /** Key id (JWK thumbprint), put in the token header and checked like Cognito's JWKS `kid`. */
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export const ALG = "ES256";

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  return { kid: await calculateJwkThumbprint(await exportJWK(publicKey)), privateKey, publicKey };
}

async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const { d: _private, ...publicJwk } = jwk;
  return {
    kid: await calculateJwkThumbprint(publicJwk),
    privateKey: (await importJWK(jwk, ALG)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, ALG)) as CryptoKey,
  };
}

/** Reads `<file>` (a private JWK), or creates it (mode 600) on first use. */
export async function loadOrCreateSigningKey(file: string): Promise<SigningKey> {
  if (existsSync(file)) return fromPrivateJwk(JSON.parse(await readFile(file, "utf8")) as JWK);
  const key = await generateSigningKey();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(await exportJWK(key.privateKey), null, 2)}\n`, { mode: 0o600 });
  return key;
}
