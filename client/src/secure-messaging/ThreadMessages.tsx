import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { MessageItem } from './MessageItem';
import { SECURE_THREAD, type SecureThread } from './operations';

const PAGE_SIZE = 50;

/** A thread's messages, oldest first, with "load more"; renders `children(thread, refetch)` below them (the reply form). */
export function ThreadMessages({
  threadId,
  children,
}: {
  threadId: string;
  children?: (thread: SecureThread, refetch: () => Promise<unknown>) => React.ReactNode;
}) {
  const { t } = useTranslation('secure-messaging');
  const { data, loading, error, fetchMore, refetch } = useQuery(SECURE_THREAD, {
    variables: { threadId, page: { first: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
  if (!data) return null;
  const { nodes, pageInfo } = data.secureThreadMessages;
  const loadMore = () =>
    fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        secureThreadMessages: {
          ...fetchMoreResult.secureThreadMessages,
          nodes: [...previous.secureThreadMessages.nodes, ...fetchMoreResult.secureThreadMessages.nodes],
        },
      }),
    });
  return (
    <section className="stack" aria-labelledby="thread-heading" data-testid="thread">
      <h2 id="thread-heading" className="kern-heading-medium">
        {data.secureThread.subject}
      </h2>
      {data.secureThread.companyName && <p className="kern-body">{data.secureThread.companyName}</p>}
      <ol className="message-list stack" data-testid="secure-messages">
        {nodes.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
          <span className="kern-label">{t('list.loadMore')}</span>
        </button>
      )}
      {children?.(data.secureThread, refetch)}
    </section>
  );
}
