// Where the on-screen keyboard types: the text field of the editor that last had focus, at its
// caret. Text goes in with execCommand('insertText'), which edits like real typing (undo, caret)
// and fires the input event React's onChange listens to.
import { type RefObject, useEffect, useRef } from 'react';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

function isTextField(el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return (
    el instanceof HTMLInputElement &&
    TEXT_INPUT_TYPES.has(el.getAttribute('type') ?? '') &&
    !el.readOnly &&
    !el.disabled
  );
}

export interface KeyboardTarget {
  /** Types text at the caret of the last focused field; false when there is none. */
  insert(text: string): boolean;
  /** Deletes the character before the caret (or the selection). */
  deleteBackward(): boolean;
  /** A new line in a multi-line field; nothing in a one-line field (Enter there would save). */
  newLine(): boolean;
}

/** Follows focus inside `root`; the keyboard's own buttons never take it from a pointer. */
export function useKeyboardTarget(root: RefObject<HTMLElement | null>): KeyboardTarget {
  const last = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    // The field staff were in when they turned the keyboard on.
    if (isTextField(document.activeElement) && el.contains(document.activeElement))
      last.current = document.activeElement;
    const onFocusIn = (event: FocusEvent) => {
      if (isTextField(event.target)) last.current = event.target;
    };
    el.addEventListener('focusin', onFocusIn);
    return () => el.removeEventListener('focusin', onFocusIn);
  }, [root]);

  const run = (command: 'insertText' | 'delete', text?: string): boolean => {
    const field = last.current;
    if (!field?.isConnected) return false;
    // Keyboard users press the keys with Tab/Enter: give focus back to the key afterwards.
    const key = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (document.activeElement !== field) field.focus({ preventScroll: true });
    // execCommand is deprecated but still the only way to type as a user would (caret, undo, input event).
    const done = document.execCommand(command, false, text);
    if (key && key !== field) key.focus({ preventScroll: true });
    return done;
  };

  return {
    insert: (text) => run('insertText', text),
    deleteBackward: () => run('delete'),
    newLine: () => last.current instanceof HTMLTextAreaElement && run('insertText', '\n'),
  };
}
