// Staff PINs are stored only as scrypt hashes: `scrypt$N$r$p$saltB64$hashB64`.
// A PIN has few digits, so the hash must be slow (scrypt) and salted; comparison is constant-time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export const PIN_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;

/** N = 2^14, r = 8, p = 1: about 50 ms and 16 MiB per check, the OWASP floor for scrypt. */
const DEFAULTS = { N: 16_384, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;
/** Bounds on parameters read back from a config file, so a bad hash cannot exhaust memory. */
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function deriveKey(pin: string, salt: Buffer, keyBytes: number, N: number, r: number, p: number) {
  return new Promise<Buffer>((resolve, reject) => {
    // scrypt needs 128 * N * r bytes; allow that plus headroom.
    scrypt(pin.normalize('NFKC'), salt, keyBytes, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Hashes a PIN into the string stored in the kiosk config. */
export async function hashPin(pin: string): Promise<string> {
  if (pin.length === 0) throw new Error('a PIN cannot be empty');
  const { N, r, p, saltBytes, keyBytes } = DEFAULTS;
  const salt = randomBytes(saltBytes);
  const key = await deriveKey(pin, salt, keyBytes, N, r, p);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Parses a stored hash; returns null when it is not a well-formed scrypt string within safe bounds. */
export function parsePinHash(stored: string): ScryptParams | null {
  if (!PIN_HASH_PATTERN.test(stored)) return null;
  const [, n, r, p, salt, hash] = stored.split('$');
  const params = {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? '', 'base64'),
    hash: Buffer.from(hash ?? '', 'base64'),
  };
  const powerOfTwo = params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.N > MAX_N) return null;
  if (params.r < 1 || params.r > MAX_R || params.p < 1 || params.p > MAX_P) return null;
  if (params.salt.length < 8 || params.hash.length < 16) return null;
  return params;
}

/** True when `pin` matches `stored`; false for a wrong PIN or a malformed hash (never throws on input). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const params = parsePinHash(stored);
  if (!params) return false;
  const key = await deriveKey(pin, params.salt, params.hash.length, params.N, params.r, params.p);
  return timingSafeEqual(key, params.hash);
}
