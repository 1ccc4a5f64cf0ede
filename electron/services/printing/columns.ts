// Column arithmetic as the printer sees it: in Chinese mode (FS &) a character sent as one
// GB18030 byte is a half-width cell, anything sent as two or four bytes is a full-width cell.
// So "columns" is the encoded byte length capped at 2: a hanzi is 2 of 48 columns on 80 mm.
import iconv from 'iconv-lite';

/** Control characters (C0, DEL, C1) would reach the printer as commands: never print them. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

export function sanitizeForPrinter(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ');
}

export function charColumns(char: string): 1 | 2 {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  return iconv.encode(char, 'gb18030').length === 1 ? 1 : 2;
}

export function textColumns(text: string): number {
  let columns = 0;
  for (const char of text) columns += charColumns(char);
  return columns;
}

// Kinsoku (line-breaking rules): these never start a line, and the openers never end one.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…·,.;:?!)%']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘(']);

/** Splits text into unbreakable pieces: ASCII words, single wide characters, spaces. */
function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  for (const char of text) {
    if (char === ' ') {
      if (word) raw.push(word);
      word = '';
      raw.push(' ');
    } else if (charColumns(char) === 2) {
      if (word) raw.push(word);
      word = '';
      raw.push(char);
    } else {
      word += char;
    }
  }
  if (word) raw.push(word);

  const tokens: string[] = [];
  for (const token of raw) {
    const previous = tokens.at(-1);
    const glueToPrevious =
      previous !== undefined &&
      previous !== ' ' &&
      token !== ' ' &&
      (NO_LINE_START.has([...token][0] ?? '') || NO_LINE_END.has([...previous].at(-1) ?? ''));
    if (glueToPrevious) tokens[tokens.length - 1] = previous + token;
    else tokens.push(token);
  }
  return tokens;
}

/** Cuts one piece that is wider than a line into chunks of at most `columns`. */
function splitByColumns(token: string, columns: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let width = 0;
  for (const char of token) {
    const w = charColumns(char);
    if (width + w > columns && chunk) {
      chunks.push(chunk);
      chunk = '';
      width = 0;
    }
    chunk += char;
    width += w;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/**
 * Wraps text to lines of at most `columns` columns: English breaks at spaces, Chinese between
 * characters (respecting kinsoku), anything too long for a line is cut.
 */
export function wrapToColumns(text: string, columns: number): string[] {
  if (columns < 2) throw new RangeError(`a line needs at least 2 columns, got ${columns}`);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let pendingSpace = false;
  for (const token of tokenize(sanitizeForPrinter(text).trim())) {
    if (token === ' ') {
      pendingSpace = line !== '';
      continue;
    }
    const tokenWidth = textColumns(token);
    const space = pendingSpace ? 1 : 0;
    pendingSpace = false;
    if (width + space + tokenWidth <= columns) {
      line += (space ? ' ' : '') + token;
      width += space + tokenWidth;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    width = 0;
    for (const chunk of tokenWidth <= columns ? [token] : splitByColumns(token, columns)) {
      if (line) lines.push(line);
      line = chunk;
      width = textColumns(chunk);
    }
  }
  if (line) lines.push(line);
  return lines;
}
