import { useTranslation } from 'react-i18next';
import type { ErrorMessageKey } from '../api/errors';
import { MessagePanel } from './MessagePanel';

/** What a screen needed could not be loaded: the calm reason, "try again", and the way back. */
export function LoadFailedPanel({
  messageKey,
  onRetry,
  onBack,
  backLabel,
}: {
  messageKey: ErrorMessageKey;
  onRetry: () => void;
  onBack: () => void;
  /** "Back" unless the way back has a more telling name. */
  backLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <MessagePanel
      title={t('errors.title')}
      actions={[
        { label: t('common.retry'), onSelect: onRetry, primary: true },
        { label: backLabel ?? t('common.back'), onSelect: onBack },
      ]}
    >
      <p>{t(messageKey)}</p>
    </MessagePanel>
  );
}
