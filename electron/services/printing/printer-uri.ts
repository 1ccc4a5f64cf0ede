// Where the ticket printer is: `tcp://host[:port]` (network, default port 9100), or a device
// file written directly: `file:///dev/usb/lp0`, or an absolute path such as /dev/ttyUSB0
// (a serial port must already be set up, e.g. with stty, by the installer).
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export type PrinterAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'device'; path: string };

const TCP_URI = /^tcp:\/\/(\[[0-9a-f:]+\]|[^/:[\]]+)(?::(\d{1,5}))?\/?$/i;

export const PrinterUri = z
  .string()
  .trim()
  .transform((uri, ctx): PrinterAddress => {
    const tcp = TCP_URI.exec(uri);
    if (tcp) {
      const port = tcp[2] === undefined ? 9100 : Number(tcp[2]);
      if (port < 1 || port > 65535) {
        ctx.addIssue({ code: 'custom', message: `printer port out of range: ${port}` });
        return z.NEVER;
      }
      return { kind: 'tcp', host: (tcp[1] ?? '').replace(/^\[|\]$/g, ''), port };
    }
    if (uri.startsWith('file:')) {
      try {
        return { kind: 'device', path: fileURLToPath(uri) };
      } catch {
        ctx.addIssue({ code: 'custom', message: `not a file URL: ${uri}` });
        return z.NEVER;
      }
    }
    if (uri.startsWith('/')) return { kind: 'device', path: uri };
    ctx.addIssue({
      code: 'custom',
      message: `printer URI must be tcp://host[:port], file:///dev/... or an absolute device path, got "${uri}"`,
    });
    return z.NEVER;
  });

export function parsePrinterUri(uri: string): PrinterAddress {
  return PrinterUri.parse(uri);
}
