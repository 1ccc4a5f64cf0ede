// The CJK fonts of the A4 documents: Noto Sans SC Regular and Bold (OFL-1.1), TrueType files of the
// @expo-google-fonts/noto-sans-sc dependency, shipped with the app with LICENSE_FONT beside them
// (docs/decisions/011-notice-printing.md). pdfkit embeds only the glyphs a document uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Fontkit from 'fontkit';

const PACKAGE = '@expo-google-fonts/noto-sans-sc';
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: `${PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  bold: `${PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
} as const;
export type FontWeight = keyof typeof FONT_FILES;

/** The PDF font names (pdfkit adds the subset tag, e.g. "ABCDEF+NotoSansSC-Regular"). */
export const FONT_NAMES: Record<FontWeight, string> = {
  regular: 'NotoSansSC-Regular',
  bold: 'NotoSansSC-Bold',
};

export function fontPath(weight: FontWeight): string {
  return require.resolve(FONT_FILES[weight]);
}

/** The font licence shipped beside the fonts. */
export function fontLicencePath(): string {
  return path.join(path.dirname(path.dirname(fontPath('regular'))), 'LICENSE_FONT');
}

// 10 MB each: read and parsed once per process, on the first document, then shared by every
// document (pdfkit takes a fontkit font as it is and subsets it per document). Parsed tables and
// glyphs stay cached in the font object: later documents cost a third of the first.
const loaded = new Map<FontWeight, Fontkit.Font>();

/** Loads and parses the font on first use (fontkit itself is loaded then too, not at start). */
export async function loadFont(weight: FontWeight): Promise<Fontkit.Font> {
  let font = loaded.get(weight);
  if (!font) {
    const fontkit = await import('fontkit');
    const parsed = fontkit.create(readFileSync(fontPath(weight)));
    if (!('layout' in parsed)) throw new Error(`${fontPath(weight)} is a font collection, expected one font`);
    font = parsed;
    loaded.set(weight, font);
  }
  return font;
}
