// The on-screen keyboard of the staff editors (issue 4: edit on the touchscreen without a physical
// keyboard). Modes: 拼音 (letters compose pinyin, candidates from the main process), ABC (letters,
// shift) and 123 (digits and the punctuation notices use). It types into the editor's text field
// that last had focus, at the caret; its buttons never take focus from a pointer.
import { type PointerEvent, type ReactNode, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyboardTarget } from './keyboard-target';
import { useImeCandidates } from './useImeCandidates';
import './staff-keyboard.css';

type Mode = 'pinyin' | 'abc' | 'digits';

const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].map((row) => [...row]);
const DIGIT_ROWS = [
  [...'1234567890'],
  ['，', '。', '、', '；', '：', '？', '！', '（', '）'],
  ['《', '》', '“', '”', '—', '-', '*'],
];
const MAX_COMPOSITION = 32;
const MODES: Array<{ mode: Mode; key: string }> = [
  { mode: 'pinyin', key: 'staff.keyboard.modePinyin' },
  { mode: 'abc', key: 'staff.keyboard.modeAbc' },
  { mode: 'digits', key: 'staff.keyboard.modeDigits' },
];

/** Keeps the focus (and so the caret) in the text field while a key is pressed. */
const keepFocus = (event: PointerEvent | React.MouseEvent) => event.preventDefault();

function Key(props: {
  label: ReactNode;
  name?: string;
  onPress: () => void;
  pressed?: boolean;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={`staff-kb-key ${props.className ?? ''}`}
      aria-label={props.name}
      aria-pressed={props.pressed}
      onPointerDown={keepFocus}
      onMouseDown={keepFocus}
      onClick={props.onPress}
    >
      {props.label}
    </button>
  );
}

/** The "屏幕键盘 / On-screen keyboard" switch; it leaves the focus in the field staff were in. */
export function KeyboardToggle(props: { on: boolean; onToggle: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="staff-secondary staff-kb-toggle"
      aria-pressed={props.on}
      onPointerDown={keepFocus}
      onMouseDown={keepFocus}
      onClick={() => props.onToggle(!props.on)}
    >
      {t('staff.keyboard.toggle')}
    </button>
  );
}

export function StaffKeyboard(props: { root: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const target = useKeyboardTarget(props.root);
  const [mode, setMode] = useState<Mode>('pinyin');
  const [shift, setShift] = useState(false);
  const [composition, setComposition] = useState('');
  const [noField, setNoField] = useState(false);
  const candidates = useImeCandidates(composition);

  const typed = (ok: boolean) => setNoField(!ok);
  const pick = (text: string, consumed: number) => {
    const ok = target.insert(text);
    typed(ok);
    if (ok) setComposition((c) => c.slice(consumed));
  };
  const letter = (ch: string) => {
    if (mode === 'pinyin') setComposition((c) => (c.length < MAX_COMPOSITION ? c + ch : c));
    else typed(target.insert(shift ? ch.toUpperCase() : ch));
  };
  const space = () => {
    if (!composition) return typed(target.insert(' '));
    const first = candidates[0];
    if (first) pick(first.text, first.consumed);
    else pick(composition, composition.length);
  };
  const backspace = () => {
    if (composition) setComposition((c) => c.slice(0, -1));
    else typed(target.deleteBackward());
  };
  const enter = () => {
    // As desktop IMEs do: Enter during composition types the letters themselves.
    if (composition) pick(composition, composition.length);
    // In a one-line field, as phone keyboards do: on to the next field (nothing after the last).
    else if (target.oneLine) target.nextField();
    else typed(target.newLine());
  };
  const switchTo = (next: Mode) => {
    setMode(next);
    setComposition('');
  };

  const rows = mode === 'digits' ? DIGIT_ROWS : LETTER_ROWS;
  return (
    <fieldset className="staff-kb" aria-label={t('staff.keyboard.label')}>
      {mode === 'pinyin' && (
        <div className="staff-kb-ime">
          <p className="staff-kb-composition" aria-live="polite">
            {composition
              ? t('staff.keyboard.composition', { letters: composition })
              : t('staff.keyboard.typePinyin')}
          </p>
          <fieldset className="staff-kb-candidates" aria-label={t('staff.keyboard.candidates')}>
            {candidates.map((c) => (
              <Key
                key={c.text}
                label={c.text}
                className="staff-kb-candidate"
                onPress={() => pick(c.text, c.consumed)}
              />
            ))}
          </fieldset>
        </div>
      )}
      {noField && (
        <p className="staff-kb-note" role="alert">
          {t('staff.keyboard.noField')}
        </p>
      )}
      <fieldset className="staff-kb-keys" aria-label={t('staff.keyboard.keys')}>
        {rows.map((row) => (
          <div className="staff-kb-row" key={row.join('')}>
            {mode === 'abc' && row === LETTER_ROWS[2] && (
              <Key
                label={t('staff.keyboard.shift')}
                pressed={shift}
                className="staff-kb-wide"
                onPress={() => setShift((s) => !s)}
              />
            )}
            {row.map((ch) => {
              const shown = mode === 'abc' && shift ? ch.toUpperCase() : ch;
              return (
                <Key
                  key={ch}
                  label={shown}
                  onPress={() => (mode === 'digits' ? typed(target.insert(ch)) : letter(ch))}
                />
              );
            })}
          </div>
        ))}
        <div className="staff-kb-row">
          {MODES.map((m) => (
            <Key
              key={m.mode}
              label={t(m.key)}
              pressed={mode === m.mode}
              className="staff-kb-wide"
              onPress={() => switchTo(m.mode)}
            />
          ))}
          <Key label={t('staff.keyboard.space')} className="staff-kb-space" onPress={space} />
          <Key label={t('staff.keyboard.backspace')} className="staff-kb-wide" onPress={backspace} />
          <Key
            label={t(target.oneLine ? 'staff.keyboard.next' : 'staff.keyboard.enter')}
            name={target.oneLine ? t('staff.keyboard.nextField') : undefined}
            className="staff-kb-wide"
            onPress={enter}
          />
        </div>
      </fieldset>
    </fieldset>
  );
}
