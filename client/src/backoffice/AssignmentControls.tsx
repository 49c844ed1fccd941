import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ASSIGN_BACKOFFICE_CASE, BACKOFFICE_ASSIGNEES, BACKOFFICE_CASE, CLAIM_BACKOFFICE_CASE, type CaseDetails } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/SelectField';
import { ltrText } from '../components/Ltr';

/** Take the case, or give it to a colleague (or back to the queue). */
export function AssignmentControls({ found }: { found: CaseDetails }) {
  const { t } = useTranslation('backoffice');
  const refetch = { refetchQueries: [{ query: BACKOFFICE_CASE, variables: { id: found.id } }], awaitRefetchQueries: true };
  const [claim, claiming] = useMutation(CLAIM_BACKOFFICE_CASE, refetch);
  const [assign, assigning] = useMutation(ASSIGN_BACKOFFICE_CASE, refetch);
  const { data } = useQuery(BACKOFFICE_ASSIGNEES, { variables: { kind: found.kind } });
  const [assigneeId, setAssigneeId] = useState(found.assignee?.id ?? '');
  const failure = claiming.error ?? assigning.error;
  if (found.status === 'closed')
    return (
      <p className="kern-body">{t('case.assignedTo', { email: found.assignee ? ltrText(found.assignee.email) : t('queue.nobody') })}</p>
    );

  return (
    <div className="stack" data-testid="assignment">
      {failure && <ErrorAlert error={toAppError(failure)} />}
      <p className="kern-body" data-testid="case-assignee">
        {t('case.assignedTo', { email: found.assignee ? ltrText(found.assignee.email) : t('queue.nobody') })}
      </p>
      {!found.assignee && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void claim({ variables: { id: found.id } }).catch(() => undefined)}
            data-testid="claim-case"
          >
            <span className="kern-label">{t('case.claim')}</span>
          </button>
        </div>
      )}
      <SelectField
        name="assignee"
        label={t('case.assignTo')}
        value={assigneeId}
        onChange={setAssigneeId}
        options={[
          { value: '', label: t('case.backToQueue') },
          ...(data?.backofficeAssignees ?? []).map((person) => ({ value: person.id, label: person.email })),
        ]}
      />
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void assign({ variables: { id: found.id, assigneeId: assigneeId || null } }).catch(() => undefined)}
        >
          <span className="kern-label">{t('case.assign')}</span>
        </button>
      </div>
    </div>
  );
}
