// Shortcuts a passer-by must not use on a public kiosk: devtools, reload, zoom, print, view
// source, new/close window, full-screen toggle. Typing, Tab, arrows, Enter, Escape, Backspace
// and text editing (Ctrl+A/C/V/X/Z) stay: residents with a keypad or keyboard operate everything.

/** The part of Electron's `Input` (before-input-event) the policy reads. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

export type ShortcutVerdict = { block: false } | { block: true; reason: string };

const BLOCKED_PLAIN_KEYS: Record<string, string> = {
  F5: 'reload',
  F7: 'caret browsing',
  F11: 'full-screen toggle',
  F12: 'devtools',
  BrowserBack: 'history navigation',
  BrowserForward: 'history navigation',
  BrowserRefresh: 'reload',
  BrowserHome: 'history navigation',
  ContextMenu: 'context menu',
};

// Letter shortcuts with Ctrl (or Cmd on macOS); matched by physical key (`code`), so they are
// caught whatever the keyboard layout or input method.
const BLOCKED_PRIMARY_CODES: Record<string, string> = {
  KeyR: 'reload',
  KeyP: 'print',
  KeyS: 'save page',
  KeyU: 'view source',
  KeyO: 'open file',
  KeyN: 'new window',
  KeyT: 'new tab',
  KeyW: 'close window',
  KeyQ: 'quit',
  KeyF: 'find in page',
  KeyG: 'find in page',
  KeyH: 'history',
  KeyJ: 'downloads',
  KeyL: 'address bar',
  KeyM: 'minimize',
};

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

export function judgeShortcut(input: KeyInput): ShortcutVerdict {
  const plain = BLOCKED_PLAIN_KEYS[input.key] ?? BLOCKED_PLAIN_KEYS[input.code];
  if (plain) return { block: true, reason: plain };

  const primary = input.control || input.meta;
  if (primary && (ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code))) {
    return { block: true, reason: 'zoom' };
  }
  // Ctrl+Shift+I/J/C and Cmd+Alt+I/J/C open devtools.
  if (primary && (input.shift || input.alt) && ['KeyI', 'KeyJ', 'KeyC'].includes(input.code)) {
    return { block: true, reason: 'devtools' };
  }
  if (primary) {
    const reason = BLOCKED_PRIMARY_CODES[input.code];
    if (reason) return { block: true, reason };
  }
  if (input.alt && !primary) {
    if (input.key === 'F4') return { block: true, reason: 'close window' };
    if (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home') {
      return { block: true, reason: 'history navigation' };
    }
    // A lone Alt would show the (removed, but still reachable) menu bar on Linux/Windows.
    if (input.key === 'Alt') return { block: true, reason: 'menu bar' };
  }
  return { block: false };
}
