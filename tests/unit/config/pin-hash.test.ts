import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  hashPin,
  PIN_HASH_PATTERN,
  parsePinHash,
  verifyPin,
} from '../../../electron/services/config/pin-hash';

const run = promisify(execFile);

describe('staff PIN hashing', () => {
  it('verifies the PIN it hashed and refuses any other', async () => {
    const stored = await hashPin('246810');
    expect(stored).toMatch(PIN_HASH_PATTERN);
    expect(stored).not.toContain('246810');
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash, so one PIN never gives the same string twice', async () => {
    const [a, b] = await Promise.all([hashPin('135790'), hashPin('135790')]);
    expect(a).not.toBe(b);
    expect(await verifyPin('135790', a)).toBe(true);
    expect(await verifyPin('135790', b)).toBe(true);
  });

  it('rejects malformed or dangerous hashes without throwing', async () => {
    const stored = await hashPin('123456');
    const [, , r, p, salt, hash] = stored.split('$');
    expect(await verifyPin('123456', '123456')).toBe(false);
    expect(await verifyPin('123456', stored.replace('scrypt', 'bcrypt'))).toBe(false);
    // N not a power of two, or so large it would exhaust memory.
    expect(parsePinHash(`scrypt$1000$${r}$${p}$${salt}$${hash}`)).toBeNull();
    expect(parsePinHash(`scrypt$${2 ** 24}$${r}$${p}$${salt}$${hash}`)).toBeNull();
    expect(parsePinHash(stored)?.N).toBe(16_384);
    // A tampered hash no longer matches.
    const flipped = `${stored.slice(0, -6)}${stored.slice(-6, -5) === 'A' ? 'B' : 'A'}${stored.slice(-5)}`;
    expect(await verifyPin('123456', flipped)).toBe(false);
  });

  it('the kiosk:hash-pin CLI prints a hash that verifies, from an argument or stdin', async () => {
    const fromArg = await run(process.execPath, ['--import', 'tsx', 'kiosk-config/hash-pin.ts', '864209']);
    const printed = fromArg.stdout.trim();
    expect(await verifyPin('864209', printed)).toBe(true);

    const child = execFile(process.execPath, ['--import', 'tsx', 'kiosk-config/hash-pin.ts']);
    child.stdin?.end('975310\n');
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(await verifyPin('975310', out.trim())).toBe(true);

    await expect(
      run(process.execPath, ['--import', 'tsx', 'kiosk-config/hash-pin.ts', '12']),
    ).rejects.toMatchObject({ code: 2 });
  });
});
