import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { COMPANY_CERTIFICATES, type Certificate } from '../pki/operations';
import { formatDateTime } from '../utils/formatDate';
import { ComposeForm, type ComposedMessage } from './ComposeForm';
import { COMPANY_MAILBOX } from './operations';
import { sendSignedMessage, signingCertificate } from './sendSecureMessage';
import { ThreadMessages } from './ThreadMessages';
import { VerdictBadge } from './VerdictBadge';
import { BackToJourney } from '../companies/BackToJourney';

const PAGE_SIZE = 20;

/** The certificate and device key to sign with, looked up once the certificates are known. */
function useSigningCertificate(certificates: Certificate[] | undefined) {
  const [signing, setSigning] = useState<{ certificate: Certificate; key: CryptoKey } | null | undefined>(undefined);
  useEffect(() => {
    if (!certificates) return;
    let current = true;
    void signingCertificate(certificates)
      .catch(() => null)
      .then((found) => current && setSigning(found));
    return () => {
      current = false;
    };
  }, [certificates]);
  return signing;
}

/** A company's secure mailbox with the economic development office: threads, messages, signed sending. */
export function CompanyMailboxPage() {
  const { companyId = '' } = useParams();
  const { t, i18n } = useTranslation('secure-messaging');
  usePageTitle(t('mailbox.title'));
  useJourneyActivity(companyId);
  const [searchParams, setSearchParams] = useSearchParams();
  const threadId = searchParams.get('thread');
  const mailbox = useQuery(COMPANY_MAILBOX, { variables: { companyId, page: { first: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const certificates = useQuery(COMPANY_CERTIFICATES, { variables: { companyId }, fetchPolicy: 'network-only' });
  const signing = useSigningCertificate(certificates.data?.companyCertificates);

  const send = (threadSubject: string | null) => async (message: ComposedMessage) => {
    if (!signing) throw new Error('no signing key');
    const sent = await sendSignedMessage(
      { companyId, threadId: threadId ?? undefined, subject: threadSubject ?? message.subject, body: message.body, files: message.files },
      signing.certificate,
      signing.key,
    );
    await mailbox.refetch();
    if (!threadId) setSearchParams({ thread: sent.threadId });
    return sent;
  };

  const threads = mailbox.data?.companyMailbox.nodes ?? [];
  const pageInfo = mailbox.data?.companyMailbox.pageInfo;
  const loadMore = () =>
    mailbox.fetchMore({
      variables: { page: { first: PAGE_SIZE, after: pageInfo?.endCursor } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        companyMailbox: {
          ...fetchMoreResult.companyMailbox,
          nodes: [...previous.companyMailbox.nodes, ...fetchMoreResult.companyMailbox.nodes],
        },
      }),
    });

  const signingNotice =
    signing === null ? (
      <div className="kern-alert kern-alert--info" role="status" data-testid="no-signing-key">
        <div className="kern-alert__body">
          <p className="kern-body">{t('mailbox.noSigningKey')}</p>
          <Link to={`/company/${encodeURIComponent(companyId)}/certificate`}>{t('mailbox.toCertificate')}</Link>
        </div>
      </div>
    ) : null;

  return (
    <div className="stack-large">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('mailbox.title')}</h1>
        <p className="kern-body">{t('mailbox.intro')}</p>
        {signing && (
          <p className="kern-body kern-body--small" data-testid="signing-certificate" data-status={signing.certificate.status}>
            {t('mailbox.signingWith', { serial: signing.certificate.serialNumber })}
          </p>
        )}
        {signing && signing.certificate.status !== 'active' && (
          <div className="kern-alert kern-alert--warning" role="status" data-testid="signing-certificate-inactive">
            <div className="kern-alert__body">
              <p className="kern-body">
                {t(signing.certificate.status === 'revoked' ? 'mailbox.inactive.revoked' : 'mailbox.inactive.expired')}
              </p>
              <Link to={`/company/${encodeURIComponent(companyId)}/certificate`}>{t('mailbox.toCertificate')}</Link>
            </div>
          </div>
        )}
      </div>
      {mailbox.error && <ErrorAlert error={toAppError(mailbox.error)} />}
      {mailbox.loading && !mailbox.data && <LoadingIndicator />}
      {threadId ? (
        <>
          <p className="kern-body">
            <Link to={`/company/${encodeURIComponent(companyId)}/mailbox`}>{t('mailbox.allThreads')}</Link>
          </p>
          <ThreadMessages threadId={threadId}>
            {(thread, refetch) =>
              signingNotice ??
              (signing && (
                <ComposeForm
                  withSubject={false}
                  submitLabel={t('compose.sendSigned')}
                  onSend={async (message) => {
                    await send(thread.subject)(message);
                    await refetch();
                  }}
                />
              ))
            }
          </ThreadMessages>
        </>
      ) : (
        <>
          {mailbox.data && threads.length === 0 && <p className="kern-body">{t('mailbox.empty')}</p>}
          {threads.length > 0 && (
            <ul className="stack" data-testid="threads">
              {threads.map((thread) => (
                <li key={thread.id} className="kern-card kern-card--surface" data-testid="thread-item">
                  <div className="kern-card__container stack-small">
                    <Link to={`?thread=${encodeURIComponent(thread.id)}`} className="kern-body">
                      {thread.subject}
                    </Link>
                    <p className="kern-body kern-body--small">
                      {t('list.messages', { count: thread.messageCount })} · {formatDateTime(thread.lastMessageAt, i18n.language)}{' '}
                      {thread.latestMessage && <VerdictBadge verdict={thread.latestMessage.verdict} />}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {pageInfo?.hasNextPage && (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void loadMore()}>
              <span className="kern-label">{t('list.loadMore')}</span>
            </button>
          )}
          <section className="stack" aria-labelledby="new-message-heading">
            <h2 id="new-message-heading" className="kern-heading-medium">
              {t('compose.newThread')}
            </h2>
            {signingNotice}
            {signing && <ComposeForm withSubject submitLabel={t('compose.sendSigned')} onSend={send(null)} />}
          </section>
        </>
      )}
    </div>
  );
}
