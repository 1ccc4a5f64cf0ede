// `npm run kiosk:hash-pin -- 123456` (or pipe the PIN on stdin): prints the scrypt string to
// paste as a staff account's pinHash. Prefer stdin on shared machines: arguments land in history.
import { text } from 'node:stream/consumers';
import { hashPin } from '../electron/services/config/pin-hash';

const USAGE = 'usage: npm run kiosk:hash-pin -- PIN   (or: echo PIN | npm run kiosk:hash-pin)';

async function readPin(): Promise<string | null> {
  const arg = process.argv[2];
  if (arg === '-h' || arg === '--help') return null;
  if (arg !== undefined) return arg;
  if (process.stdin.isTTY) {
    process.stderr.write('PIN (input is visible; press Enter): ');
  }
  return (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const pin = await readPin();
  if (pin === null) {
    console.log(USAGE);
    return 0;
  }
  if (!/^\d{6,12}$/.test(pin)) {
    console.error(`kiosk:hash-pin: a staff PIN is 6 to 12 digits\n${USAGE}`);
    return 2;
  }
  console.log(await hashPin(pin));
  return 0;
}

main().then((code) => process.exit(code));
