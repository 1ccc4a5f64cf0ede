// Where the on-screen keyboard types: the text field of the editor that last had focus, at its
// caret. Text goes in with execCommand('insertText'), which edits like real typing (undo, caret)
// and fires the input event React's onChange listens to.
import { type RefObject, useEffect, useRef, useState } from 'react';

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
  /** True when the field typed into is a one-line input (its Enter key moves to the next field). */
  oneLine: boolean;
  /** Moves to the editor's next text field, as a phone keyboard's "next" does; false at the last. */
  nextField(): boolean;
}

/** Follows focus inside `root`; the keyboard's own buttons never take it from a pointer. */
export function useKeyboardTarget(root: RefObject<HTMLElement | null>): KeyboardTarget {
  const last = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const [oneLine, setOneLine] = useState(false);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const follow = (field: HTMLInputElement | HTMLTextAreaElement) => {
      last.current = field;
      setOneLine(field instanceof HTMLInputElement);
    };
    // The field staff were in when they turned the keyboard on.
    if (isTextField(document.activeElement) && el.contains(document.activeElement))
      follow(document.activeElement);
    const onFocusIn = (event: FocusEvent) => {
      if (isTextField(event.target)) follow(event.target);
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

  const nextField = (): boolean => {
    const field = last.current;
    const fields = [...(root.current?.querySelectorAll('input, textarea') ?? [])].filter(
      (el): el is HTMLInputElement | HTMLTextAreaElement => isTextField(el) && el.getClientRects().length > 0,
    );
    const next = field ? fields[fields.indexOf(field) + 1] : undefined;
    if (!field?.isConnected || !next) return false;
    const key = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    next.focus(); // focusin makes it the field typed into; it scrolls into view
    // The caret at the end, as after tapping the field's text (email inputs have no caret API).
    if (next.selectionStart !== null) next.setSelectionRange(next.value.length, next.value.length);
    if (key && key !== field) key.focus({ preventScroll: true });
    return true;
  };

  return {
    oneLine,
    nextField,
    insert: (text) => run('insertText', text),
    deleteBackward: () => run('delete'),
    newLine: () => last.current instanceof HTMLTextAreaElement && run('insertText', '\n'),
  };
}
