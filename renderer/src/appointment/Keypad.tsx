import { useTranslation } from 'react-i18next';

const DIGITS = '1234567890'.split('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** Large keys in reading order (digits, then A to Z), then delete and clear. */
export function Keypad({ disabled, onKey }: { disabled: boolean; onKey: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="keypad" aria-label={t('appointment.keypad')}>
      {[...DIGITS, ...LETTERS].map((key) => (
        <button
          key={key}
          type="button"
          className="keypad-key"
          aria-disabled={disabled || undefined}
          onClick={() => onKey(key)}
        >
          {key}
        </button>
      ))}
      <button
        type="button"
        className="keypad-key keypad-wide"
        aria-disabled={disabled || undefined}
        onClick={() => onKey('delete')}
      >
        {t('appointment.delete')}
      </button>
      <button
        type="button"
        className="keypad-key keypad-wide"
        aria-disabled={disabled || undefined}
        onClick={() => onKey('clear')}
      >
        {t('appointment.clear')}
      </button>
    </fieldset>
  );
}
