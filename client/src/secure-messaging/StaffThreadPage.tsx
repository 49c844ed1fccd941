import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../i18n/usePageTitle';
import { ComposeForm } from './ComposeForm';
import { sendOfficeReply } from './sendSecureMessage';
import { ThreadMessages } from './ThreadMessages';

/** A thread for the office: every message with its verdict, and a reply the server signs with the office's certificate. */
export function StaffThreadPage() {
  const { threadId = '' } = useParams();
  const { t } = useTranslation('secure-messaging');
  usePageTitle(t('staff.threadTitle'));
  return (
    <div className="stack-large">
      <p className="kern-body">
        <Link to="/staff">{t('staff.back')}</Link>
      </p>
      <h1 className="kern-heading-x-large">{t('staff.threadTitle')}</h1>
      <ThreadMessages threadId={threadId}>
        {(thread, refetch) => (
          <ComposeForm
            withSubject={false}
            submitLabel={t('compose.sendOffice')}
            onSend={async (message) => {
              await sendOfficeReply({
                companyId: thread.companyId,
                threadId: thread.id,
                subject: thread.subject,
                body: message.body,
                files: message.files,
              });
              await refetch();
            }}
          />
        )}
      </ThreadMessages>
    </div>
  );
}
