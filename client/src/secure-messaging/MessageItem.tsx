import { useTranslation } from 'react-i18next';
import { openProtectedFile } from '../api/restFiles';
import { formatDateTime } from '../utils/formatDate';
import type { SecureMessage } from './operations';
import { VerdictBadge } from './VerdictBadge';

/** One message: who sent it, the verdict on its signature and the signer, the text and the files. */
export function MessageItem({ message }: { message: SecureMessage }) {
  const { t, i18n } = useTranslation('secure-messaging');
  return (
    <li className={`message-list__item message-list__item--${message.sender}`} data-testid="secure-message" data-message-id={message.id}>
      <p className="kern-body kern-body--small">
        <strong>{t(`sender.${message.sender}`)}</strong> ·{' '}
        <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, i18n.language)}</time> <VerdictBadge verdict={message.verdict} />
      </p>
      {message.signer && (
        <p className="kern-body kern-body--small" data-testid="message-signer">
          {t('message.signedBy', {
            name: message.signer.commonName ?? '—',
            organization: message.signer.organization ?? '—',
            serial: message.signer.serialNumber ?? '—',
          })}
          {message.signedAt && <> · {t('message.signedAt', { time: formatDateTime(message.signedAt, i18n.language) })}</>}
        </p>
      )}
      {message.verdict !== 'valid' && message.verdictReason && (
        <p className="kern-body kern-body--small" data-testid="message-verdict-reason">
          {t(`reason.${message.verdictReason}` as 'reason.bad_signature', { defaultValue: message.verdictReason })}
        </p>
      )}
      <p className="kern-body message-list__body" style={{ whiteSpace: 'pre-wrap' }}>
        {message.body}
      </p>
      {message.attachments.length > 0 && (
        <ul className="kern-list">
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                data-testid="attachment-download"
                onClick={() => void openProtectedFile(`/api/messaging/attachments/${attachment.id}`, attachment.fileName)}
              >
                <span className="kern-label">
                  {t('message.attachment', { name: attachment.fileName, size: Math.max(1, Math.round(attachment.sizeBytes / 1024)) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="kern-body kern-body--small">
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void openProtectedFile(`/api/messaging/messages/${message.id}/content.json`, `message-${message.id}.json`)}
        >
          <span className="kern-label">{t('message.downloadContent')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void openProtectedFile(`/api/messaging/messages/${message.id}/signature.p7s`, `message-${message.id}.json.p7s`)}
        >
          <span className="kern-label">{t('message.downloadSignature')}</span>
        </button>
      </p>
    </li>
  );
}
