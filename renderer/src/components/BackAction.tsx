import { useTranslation } from 'react-i18next';

/** A screen's only way onward: "back", alone in the action row at the bottom. */
export function BackAction({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="secondary-action" onClick={onBack}>
        {t('common.back')}
      </button>
    </div>
  );
}
