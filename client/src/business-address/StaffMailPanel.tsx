import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { MailDesk, mailDeskTexts, type DeskMailbox } from '../components/MailDesk';
import { COMPLETE_BUSINESS_MAIL, STAFF_BUSINESS_MAILBOX, type StaffBusinessMailbox } from './operations';
import { recordLetter } from './recordLetter';

const MAIL_STAFF_ROLES = ['staff_economic_development', 'admin'];

/** Staff area panel of this domain (rendered by StaffPage); shown to the staff who handle service-point mail. */
export function StaffMailPanel() {
  const account = useSignedInAccount();
  if (!account.roles.some((role) => MAIL_STAFF_ROLES.includes(role))) return null;
  return <BusinessMailDesk />;
}

function BusinessMailDesk() {
  const { t } = useTranslation('business-address');
  const client = useApolloClient();
  const texts = mailDeskTexts((key) => t(`staff.${key}`), {
    recorded: (sender) => t('staff.recorded', { sender }),
    status: (status) => t(`mailbox.status.${status as StaffBusinessMailbox['recentItems'][number]['status']}`),
    complete: (status) => t(`staff.complete.${status as 'awaiting_forwarding' | 'awaiting_pickup'}`),
  });
  const deskMailbox = (mailbox: StaffBusinessMailbox): DeskMailbox => ({
    allocationId: mailbox.allocationId,
    mailbox: mailbox.mailbox,
    holder: t('staff.company', { name: mailbox.companyName }),
    handling: mailbox.handling,
    handlingText:
      mailbox.serviceStatus === 'active'
        ? t('staff.handling', { handling: t(`service.handling.${mailbox.handling}`) })
        : t('staff.noService'),
    recentItems: mailbox.recentItems,
  });
  return (
    <MailDesk
      kind="business"
      texts={texts}
      lookUp={async (mailbox) => {
        const { data } = await client.query({ query: STAFF_BUSINESS_MAILBOX, variables: { mailbox }, fetchPolicy: 'network-only' });
        return deskMailbox(data!.staffBusinessMailbox);
      }}
      record={recordLetter}
      complete={(itemId) => client.mutate({ mutation: COMPLETE_BUSINESS_MAIL, variables: { itemId } })}
    />
  );
}
