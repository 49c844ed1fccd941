import { useTranslation } from 'react-i18next';
import type { ApplicationMessage } from './operations';
import { formatDateTime } from '../utils/formatDate';

/** The office's questions and the applicant's answers, oldest first. */
export function MessageList({ messages }: { messages: ApplicationMessage[] }) {
  const { t, i18n } = useTranslation('residency');
  if (messages.length === 0) return null;
  return (
    <ol className="message-list" data-testid="messages">
      {messages.map((message) => (
        <li key={message.id} className={`message-list__item message-list__item--${message.author}`} data-testid="message">
          <p className="kern-body kern-body--small">
            <strong>{t(`messages.${message.author}`)}</strong> ·{' '}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
          </p>
          <p className="kern-body message-list__body">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
