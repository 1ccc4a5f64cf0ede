import { useTranslation } from 'react-i18next';

const DIGITS = '1234567890'.split('');

/** Digit keys for the PIN, then delete and clear (the appointment keypad also has letters). */
export function PinPad({ disabled, onKey }: { disabled: boolean; onKey: (key: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="staff-pin-pad" aria-label={t('staff.signIn.keypad')}>
      {DIGITS.map((digit) => (
        <button
          key={digit}
          type="button"
          className="staff-key"
          aria-disabled={disabled || undefined}
          onClick={() => !disabled && onKey(digit)}
        >
          {digit}
        </button>
      ))}
      <button
        type="button"
        className="staff-key"
        aria-disabled={disabled || undefined}
        onClick={() => !disabled && onKey('delete')}
      >
        {t('staff.signIn.delete')}
      </button>
      <button
        type="button"
        className="staff-key"
        aria-disabled={disabled || undefined}
        onClick={() => !disabled && onKey('clear')}
      >
        {t('staff.signIn.clear')}
      </button>
    </fieldset>
  );
}
