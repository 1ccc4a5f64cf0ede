import { useTranslation } from 'react-i18next';
import type { KeyboardKey } from './keyboard-keys';

export { applyKeyboardKey, type KeyboardKey } from './keyboard-keys';

/** QWERTY, as on the phones most residents type pinyin on; digits above. */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'].map((row) => row.split(''));

/** Big keys for search: letters, digits, space, delete and clear. One tap each; no gestures. */
export function OnScreenKeyboard({ label, onKey }: { label: string; onKey: (key: KeyboardKey) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="onscreen-keyboard" aria-label={label}>
      {ROWS.map((row) => (
        <div key={row.join('')} className="keyboard-row">
          {row.map((key) => (
            <button key={key} type="button" className="keyboard-key" onClick={() => onKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="keyboard-row">
        <button type="button" className="keyboard-key keyboard-wide" onClick={() => onKey('space')}>
          {t('notices.keyboard.space')}
        </button>
        <button type="button" className="keyboard-key keyboard-wide" onClick={() => onKey('backspace')}>
          {t('notices.keyboard.backspace')}
        </button>
        <button type="button" className="keyboard-key keyboard-wide" onClick={() => onKey('clear')}>
          {t('notices.keyboard.clear')}
        </button>
      </div>
    </fieldset>
  );
}
