// Reading a PDF back the way a person would: its text (pdftotext), its fonts (pdffonts), its page
// count (pdfinfo) and its QR codes (pdftoppm → zbarimg). poppler-utils and zbar-tools (Debian).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const OPTIONS = { timeout: 60_000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C.UTF-8' } };

async function withFile<T>(pdf: Buffer | string, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-read-'));
  try {
    let file = pdf as string;
    if (Buffer.isBuffer(pdf)) {
      file = path.join(dir, 'in.pdf');
      await writeFile(file, pdf);
    }
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer | string): Promise<string> {
  return withFile(
    pdf,
    async (file) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], OPTIONS)).stdout,
  );
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(pdf: Buffer | string): Promise<PdfFont[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file], OPTIONS);
    // name type… encoding emb sub uni object ID: the flags are the 5th to 3rd fields from the end.
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const fields = line.trim().split(/\s+/);
        const [emb, sub] = fields.slice(-5, -3);
        return {
          name: fields[0] ?? '',
          type: line.slice(37, 55).trim(),
          embedded: emb === 'yes',
          subset: sub === 'yes',
        };
      });
  });
}

export function pdfInfo(pdf: Buffer | string): Promise<Record<string, string>> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file], OPTIONS);
    return Object.fromEntries(
      stdout
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .flatMap((m) => (m?.[1] ? [[m[1], m[2] ?? '']] : [])),
    );
  });
}

/** Every QR code zbarimg finds on the pages, rendered at `dpi`. */
export function pdfQrCodes(pdf: Buffer | string, dpi = 150): Promise<string[]> {
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-png', '-r', String(dpi), file, path.join(dir, 'page')], OPTIONS);
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.png')).map((f) => path.join(dir, f));
    const { stdout } = await run(
      'zbarimg',
      ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...pages],
      OPTIONS,
    ).catch(
      // zbarimg exits 4 when some page had no code: an answer, not an error (stdout has the rest).
      (error: { code?: number; stdout?: string }) => {
        if (error.code === 4) return { stdout: error.stdout ?? '' };
        throw error;
      },
    );
    return stdout.split('\n').filter((line) => line !== '');
  });
}
