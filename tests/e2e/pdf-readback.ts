// Reads a printed PDF back the way a person would: its text (pdftotext) and its QR codes, drawn
// (pdftoppm) and scanned (zbarimg), so the tests check what is on the page, not what we meant.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The PDF's text, layout kept (one line of the page, one line of text). */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { timeout: 30_000 });
  return stdout;
}

/** How many pages the PDF has (pdfinfo). */
export async function pdfPageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file], { timeout: 30_000 });
  const pages = /^Pages:\s+(\d+)$/m.exec(stdout)?.[1];
  if (!pages) throw new Error(`pdfinfo tells no page count for ${file}`);
  return Number(pages);
}

/** Every QR code on every page, decoded (pages drawn at 150 dpi, then scanned by zbarimg). */
export async function pdfQrCodes(file: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-qr-'));
  try {
    await run('pdftoppm', ['-r', '150', '-png', file, path.join(dir, 'page')], { timeout: 60_000 });
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => path.join(dir, f));
    const codes: string[] = [];
    for (const page of pages) {
      // zbarimg exits 4 when a page has no code at all: that is an answer, not a failure.
      const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', page], {
        timeout: 30_000,
      }).catch((error: { code?: number; stdout?: string }) => {
        if (error.code === 4) return { stdout: '' };
        throw error;
      });
      codes.push(...stdout.split('\n').filter((line) => line.trim() !== ''));
    }
    return codes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace folded to single spaces, so wrapped lines and layout gaps do not matter. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ');
}
