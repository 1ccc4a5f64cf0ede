// Keys from the keypad, a hand on a keyboard, and a barcode scanner (a fast keyboard wedge).
import { describe, expect, it } from 'vitest';
import {
  type CodeEntry,
  emptyEntry,
  MAX_TYPED_LENGTH,
  pressKey,
  SCAN_KEY_GAP_MS,
  tapKey,
} from '../../../renderer/src/appointment/code-entry';

/** Presses each key at the given times; returns the final entry and every submitted code. */
function press(keys: Array<[string, number]>, start: CodeEntry = emptyEntry, onControl = false) {
  let entry = start;
  const submitted: string[] = [];
  const unhandled: string[] = [];
  for (const [key, at] of keys) {
    const result = pressKey(entry, key, at, onControl);
    entry = result.entry;
    if (result.submit !== null) submitted.push(result.submit);
    if (!result.handled) unhandled.push(key);
  }
  return { entry, submitted, unhandled };
}

const typedByHand = (text: string, from = 1_000) =>
  [...text].map((key, i): [string, number] => [key, from + i * 250]);
const scanned = (text: string, from = 1_000) =>
  [...text].map((key, i): [string, number] => [key, from + i * 5]);

describe('the keypad', () => {
  it('builds the code in upper case, deletes, clears, and stops at the longest code', () => {
    let entry = emptyEntry;
    for (const key of 'ab12') entry = tapKey(entry, key);
    expect(entry.code).toBe('AB12');
    expect(tapKey(entry, 'delete').code).toBe('AB1');
    expect(tapKey(entry, 'clear').code).toBe('');
    for (const key of '1234567890123') entry = tapKey(entry, key);
    expect(entry.code).toHaveLength(MAX_TYPED_LENGTH);
    expect(tapKey(entry, '-').code).toBe(entry.code);
  });
});

describe('a physical keyboard', () => {
  it('types a code by hand and submits it with Enter', () => {
    const { entry, submitted } = press([...typedByHand('ab1234'), ['Enter', 5_000]]);
    expect(submitted).toEqual(['AB1234']);
    expect(entry.code).toBe('AB1234');
  });

  it('leaves Enter to a focused button when nobody scanned (the button acts on it)', () => {
    const { submitted, unhandled } = press([...typedByHand('AB12'), ['Enter', 5_000]], emptyEntry, true);
    expect(submitted).toEqual([]);
    expect(unhandled).toEqual(['Enter']);
  });

  it('deletes with Backspace and ignores keys that are not part of a code', () => {
    const { entry, unhandled } = press([
      ...typedByHand('AB1'),
      ['Backspace', 2_000],
      ['Tab', 2_100],
      ['-', 2_200],
    ]);
    expect(entry.code).toBe('AB');
    expect(unhandled).toEqual(['Tab', '-']);
  });
});

describe('a barcode scanner', () => {
  it('submits the scanned code even when a button has the focus', () => {
    const { submitted } = press([...scanned('QX778899'), ['Enter', 1_000 + 8 * 5]], emptyEntry, true);
    expect(submitted).toEqual(['QX778899']);
  });

  it('replaces what was typed by hand before the scan', () => {
    const { entry, submitted } = press([
      ...typedByHand('12'),
      ...scanned('CD5678', 10_000),
      ['Enter', 10_000 + 6 * 5],
    ]);
    expect(submitted).toEqual(['CD5678']);
    expect(entry.code).toBe('CD5678');
  });

  it('reads capitals sent with Shift, and stops being a scan when another key (Tab) comes between', () => {
    const withShift: Array<[string, number]> = [
      ['Shift', 1_000],
      ['Q', 1_002],
      ['Shift', 1_004],
      ['X', 1_006],
      ...scanned('7788', 1_008),
      ['Enter', 1_030],
    ];
    expect(press(withShift, emptyEntry, true).submitted).toEqual(['QX7788']);
    const interrupted = press([...scanned('QX7788'), ['Tab', 1_031], ['Enter', 1_040]], emptyEntry, true);
    expect(interrupted.submitted).toEqual([]);
  });

  it('keeps a long wrong barcode whole, so that it is refused rather than cut to a valid length', () => {
    const long = 'ABCDEFGHIJKLMNOPQRST';
    const { submitted } = press([...scanned(long), ['Enter', 1_000 + long.length * 5]]);
    expect(submitted).toEqual([long]);
  });

  it('does not take fast hand typing of two keys for a scan', () => {
    const keys: Array<[string, number]> = [
      ...typedByHand('AB12'),
      ['3', 2_000],
      ['4', 2_000 + SCAN_KEY_GAP_MS - 5],
      ['Enter', 2_000 + SCAN_KEY_GAP_MS],
    ];
    // Fast, but two keys are no scan: Enter is left to the focused button.
    const { submitted, unhandled } = press(keys, emptyEntry, true);
    expect(submitted).toEqual([]);
    expect(unhandled).toEqual(['Enter']);
  });
});
