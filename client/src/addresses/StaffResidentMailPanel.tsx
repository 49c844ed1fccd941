import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { postLetter } from '../api/restFiles';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { MailDesk, mailDeskTexts } from '../components/MailDesk';
import { COMPLETE_RESIDENT_MAIL, STAFF_RESIDENT_MAILBOX, type ResidentMailItem } from './operations';

const RESIDENT_MAIL_STAFF_ROLES = ['staff_citizens_office', 'admin'];

/** Staff area panel of this domain (rendered by StaffPage): the citizens' office records residents' letters. */
export function StaffResidentMailPanel() {
  const account = useSignedInAccount();
  if (!account.roles.some((role) => RESIDENT_MAIL_STAFF_ROLES.includes(role))) return null;
  return <ResidentMailDesk />;
}

function ResidentMailDesk() {
  const { t } = useTranslation('addresses');
  const client = useApolloClient();
  const texts = mailDeskTexts((key) => t(`staff.${key}`), {
    recorded: (sender) => t('staff.recorded', { sender }),
    status: (status) => t(`status.${status as ResidentMailItem['status']}`),
    complete: (status) => t(`staff.complete.${status as 'awaiting_forwarding' | 'awaiting_pickup'}`),
  });
  return (
    <MailDesk
      kind="resident"
      texts={texts}
      lookUp={async (mailbox) => {
        const { data } = await client.query({ query: STAFF_RESIDENT_MAILBOX, variables: { mailbox }, fetchPolicy: 'network-only' });
        const found = data!.staffResidentMailbox;
        return {
          allocationId: found.allocationId,
          mailbox: found.mailbox,
          holder: t('staff.holder', { name: found.holderName }),
          handling: found.handling,
          handlingText: t('staff.handling', { handling: t(`handling.${found.handling}`) }),
          recentItems: found.recentItems,
        };
      }}
      record={(fields, scan) => postLetter<ResidentMailItem>('/api/resident-mail', fields, scan)}
      complete={(itemId) => client.mutate({ mutation: COMPLETE_RESIDENT_MAIL, variables: { itemId } })}
    />
  );
}
