import { describe, expect, it } from 'vitest';
import { judgeShortcut, type KeyInput } from '../../../electron/shell/lockdown/keyboard-policy';

function key(partial: Partial<KeyInput> & { key: string }): KeyInput {
  return { type: 'keyDown', code: '', control: false, meta: false, alt: false, shift: false, ...partial };
}

describe('shortcuts a passer-by must not use', () => {
  it.each([
    ['F12 devtools', key({ key: 'F12', code: 'F12' })],
    ['Ctrl+Shift+I devtools', key({ key: 'I', code: 'KeyI', control: true, shift: true })],
    ['Ctrl+Shift+J console', key({ key: 'J', code: 'KeyJ', control: true, shift: true })],
    ['Ctrl+Shift+C inspector', key({ key: 'C', code: 'KeyC', control: true, shift: true })],
    ['Cmd+Alt+I devtools', key({ key: 'i', code: 'KeyI', meta: true, alt: true })],
    ['F5 reload', key({ key: 'F5', code: 'F5' })],
    ['Ctrl+R reload', key({ key: 'r', code: 'KeyR', control: true })],
    ['Ctrl+Shift+R hard reload', key({ key: 'R', code: 'KeyR', control: true, shift: true })],
    ['Ctrl+= zoom in', key({ key: '=', code: 'Equal', control: true })],
    ['Ctrl++ zoom in', key({ key: '+', code: 'Equal', control: true, shift: true })],
    ['Ctrl+- zoom out', key({ key: '-', code: 'Minus', control: true })],
    ['Ctrl+0 zoom reset', key({ key: '0', code: 'Digit0', control: true })],
    ['Ctrl+numpad + zoom', key({ key: '+', code: 'NumpadAdd', control: true })],
    ['Ctrl+P print', key({ key: 'p', code: 'KeyP', control: true })],
    ['Ctrl+U view source', key({ key: 'u', code: 'KeyU', control: true })],
    ['Ctrl+S save page', key({ key: 's', code: 'KeyS', control: true })],
    ['Ctrl+N new window', key({ key: 'n', code: 'KeyN', control: true })],
    ['Ctrl+W close', key({ key: 'w', code: 'KeyW', control: true })],
    ['Ctrl+Q quit', key({ key: 'q', code: 'KeyQ', control: true })],
    ['Alt+F4 close', key({ key: 'F4', code: 'F4', alt: true })],
    ['Alt+Left back', key({ key: 'ArrowLeft', code: 'ArrowLeft', alt: true })],
    ['F11 full screen', key({ key: 'F11', code: 'F11' })],
    ['browser back key', key({ key: 'BrowserBack', code: 'BrowserBack' })],
    ['lone Alt (menu bar)', key({ key: 'Alt', code: 'AltLeft', alt: true })],
    ['Ctrl+R on a non-Latin layout (code, not key)', key({ key: 'к', code: 'KeyR', control: true })],
  ])('blocks %s', (_name, input) => {
    expect(judgeShortcut(input).block).toBe(true);
  });

  it.each([
    ['typing a letter', key({ key: 'a', code: 'KeyA' })],
    ['typing a digit of a case number', key({ key: '7', code: 'Digit7' })],
    ['Shift+letter', key({ key: 'A', code: 'KeyA', shift: true })],
    ['Tab', key({ key: 'Tab', code: 'Tab' })],
    ['Shift+Tab', key({ key: 'Tab', code: 'Tab', shift: true })],
    ['Enter', key({ key: 'Enter', code: 'Enter' })],
    ['Escape', key({ key: 'Escape', code: 'Escape' })],
    ['Backspace', key({ key: 'Backspace', code: 'Backspace' })],
    ['arrows', key({ key: 'ArrowDown', code: 'ArrowDown' })],
    ['space', key({ key: ' ', code: 'Space' })],
    ['Ctrl+A select all', key({ key: 'a', code: 'KeyA', control: true })],
    ['Ctrl+C copy', key({ key: 'c', code: 'KeyC', control: true })],
    ['Ctrl+V paste', key({ key: 'v', code: 'KeyV', control: true })],
    ['Ctrl+Z undo', key({ key: 'z', code: 'KeyZ', control: true })],
    ['a digit on the numpad', key({ key: '0', code: 'Numpad0' })],
    ['minus in a field', key({ key: '-', code: 'Minus' })],
  ])('lets through %s', (_name, input) => {
    expect(judgeShortcut(input)).toEqual({ block: false });
  });

  it('says why it blocked', () => {
    expect(judgeShortcut(key({ key: 'F12', code: 'F12' }))).toEqual({ block: true, reason: 'devtools' });
    expect(judgeShortcut(key({ key: '=', code: 'Equal', control: true }))).toEqual({
      block: true,
      reason: 'zoom',
    });
  });
});
