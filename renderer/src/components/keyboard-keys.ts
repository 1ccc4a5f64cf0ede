// What the on-screen keyboard's keys do to the text typed so far (kept apart from the component so
// plain tests can check it).

export type KeyboardKey = string | 'space' | 'backspace' | 'clear';

/** Applies a key of the on-screen keyboard to the text typed so far. */
export function applyKeyboardKey(text: string, key: KeyboardKey, maxLength = 100): string {
  if (key === 'clear') return '';
  if (key === 'backspace') return Array.from(text).slice(0, -1).join('');
  const added = key === 'space' ? ' ' : key;
  return (text + added).slice(0, maxLength);
}
