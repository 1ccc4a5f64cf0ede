import { useTranslation } from 'react-i18next';
import type { ErrorMessageKey } from '../api/errors';
import { LoadFailedPanel } from '../components/LoadFailedPanel';
import { MessagePanel } from '../components/MessagePanel';

/**
 * A notice (or its A4 preview) could not be loaded. Removed meanwhile: say so, and the only way
 * is back to the list. Otherwise: the calm reason, "try again", and the screen's way back.
 */
export function NoticeLoadFailed(props: {
  messageKey: ErrorMessageKey;
  onRetry: () => void;
  onBackToList: () => void;
  onBack: () => void;
  backLabel?: string;
}) {
  const { t } = useTranslation();
  if (props.messageKey !== 'errors.NOTICE_NOT_FOUND')
    return (
      <LoadFailedPanel
        messageKey={props.messageKey}
        onRetry={props.onRetry}
        onBack={props.onBack}
        backLabel={props.backLabel}
      />
    );
  return (
    <MessagePanel
      title={t('errors.title')}
      actions={[{ label: t('notices.backToList'), onSelect: props.onBackToList, primary: true }]}
    >
      <p>{t('notices.notFound')}</p>
    </MessagePanel>
  );
}
