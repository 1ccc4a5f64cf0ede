// Typing an appointment code: on-screen keys, a physical keyboard, or a barcode scanner (a keyboard
// wedge: the code's characters and Enter, a few milliseconds apart). A scan replaces whatever was
// typed before it; keys a resident types by hand build up the code one by one.

export const MAX_TYPED_LENGTH = 12;
/** Longest scan kept: longer than any valid code, so that a wrong barcode is shown and refused. */
const MAX_SCAN_LENGTH = 32;
/**
 * A scanner sends keys a few ms apart (some models up to ~50 ms). Hands rarely keep six keys in a
 * row this close; and when they do, the burst is what they typed anyway.
 */
export const SCAN_KEY_GAP_MS = 100;
/** The shortest burst taken for a scan: the shortest appointment code. */
const MIN_SCAN_LENGTH = 6;

export interface CodeEntry {
  code: string;
  /** The characters of the current fast burst (a possible scan). */
  burst: string;
  /** When the last character key came from the keyboard (ms), or null. */
  lastKeyAt: number | null;
}

export const emptyEntry: CodeEntry = { code: '', burst: '', lastKeyAt: null };

export type EntryResult = { entry: CodeEntry; submit: string | null; handled: boolean };

const CODE_CHARACTER = /^[A-Za-z0-9]$/;
const MODIFIERS = new Set(['Shift', 'CapsLock', 'Control', 'Alt', 'Meta']);

/** A key of the on-screen keypad (no timing: these are always taps). */
export function tapKey(entry: CodeEntry, key: string): CodeEntry {
  if (key === 'delete') return { ...entry, code: entry.code.slice(0, -1), burst: '' };
  if (key === 'clear') return emptyEntry;
  if (!CODE_CHARACTER.test(key) || entry.code.length >= MAX_TYPED_LENGTH) return { ...entry, burst: '' };
  return { ...entry, code: entry.code + key.toUpperCase(), burst: '' };
}

function isFast(entry: CodeEntry, at: number): boolean {
  return entry.lastKeyAt !== null && at - entry.lastKeyAt <= SCAN_KEY_GAP_MS;
}

/**
 * A key from the physical keyboard or the scanner (KeyboardEvent.key and its time).
 * `onControl`: the focus is on a button, whose own Enter must still work for typed input.
 */
export function pressKey(entry: CodeEntry, key: string, at: number, onControl: boolean): EntryResult {
  if (CODE_CHARACTER.test(key)) {
    const char = key.toUpperCase();
    const burst = isFast(entry, at) ? (entry.burst + char).slice(0, MAX_SCAN_LENGTH) : char;
    const code = entry.code.length < MAX_TYPED_LENGTH ? entry.code + char : entry.code;
    return { entry: { code, burst, lastKeyAt: at }, submit: null, handled: true };
  }
  if (key === 'Enter') {
    if (burst(entry, at)) {
      const scanned = entry.burst;
      return { entry: { code: scanned, burst: '', lastKeyAt: null }, submit: scanned, handled: true };
    }
    if (onControl) return { entry: { ...entry, burst: '' }, submit: null, handled: false };
    return { entry: { ...entry, burst: '' }, submit: entry.code, handled: true };
  }
  if (key === 'Backspace')
    return {
      entry: { code: entry.code.slice(0, -1), burst: '', lastKeyAt: null },
      submit: null,
      handled: true,
    };
  if (key === 'Delete') return { entry: emptyEntry, submit: null, handled: true };
  // Scanners press Shift for capitals; any other key (Tab...) means a person is at the keyboard.
  if (MODIFIERS.has(key)) return { entry, submit: null, handled: false };
  return { entry: { ...entry, burst: '' }, submit: null, handled: false };
}

function burst(entry: CodeEntry, at: number): boolean {
  return entry.burst.length >= MIN_SCAN_LENGTH && isFast(entry, at);
}
