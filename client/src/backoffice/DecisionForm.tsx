import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECIDE_BACKOFFICE_CASE, type CaseDetails, type CaseOutcome } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup } from '../components/RadioGroup';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, fieldErrorsOf } from '../forms/validation';

/** Where each case kind's rejection reasons are labelled. */
const REASON_NAMESPACE: Record<string, 'residency' | 'trade-registration' | 'venues'> = {
  residency_application: 'residency',
  trade_registration: 'trade-registration',
  venue_application: 'venues',
};

/** Approve; reject with a reason from the list and an explanation; or ask the applicant for more. */
export function DecisionForm({ found }: { found: CaseDetails }) {
  const { t } = useTranslation(['backoffice', 'residency', 'trade-registration', 'venues']);
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [reasonCode, setReasonCode] = useState('');
  const [message, setMessage] = useState('');
  const [decided, setDecided] = useState<CaseOutcome | null>(null);
  // 'active': the case and the kind's own detail panel (e.g. the registration number once registered).
  const [decide] = useMutation(DECIDE_BACKOFFICE_CASE, { refetchQueries: 'active', awaitRefetchQueries: true });
  const { busy, error, setError, run } = useFormSubmission();
  const errors = fieldErrorsOf(error);
  const outcomes: CaseOutcome[] = found.status === 'waiting_for_applicant' ? ['approve', 'reject'] : ['approve', 'reject', 'request_info'];

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(!outcome ? [{ field: 'outcome', message: t('decide.chooseOutcome'), constraint: 'required' }] : []),
      ...(outcome === 'reject' && !reasonCode ? [{ field: 'reasonCode', message: t('decide.chooseReason'), constraint: 'required' }] : []),
      ...((outcome === 'request_info' || reasonCode === 'other') && outcome !== 'approve' && !message.trim()
        ? [{ field: 'message', message: t('decide.writeMessage'), constraint: 'required' }]
        : []),
    ];
    const invalid = clientValidationError(problems, t('decide.check'));
    if (invalid || !outcome) return setError(invalid);
    const result = await run(() =>
      decide({
        variables: {
          input: {
            caseId: found.id,
            outcome,
            ...(outcome === 'reject' ? { reasonCode } : {}),
            ...(message.trim() ? { message: message.trim() } : {}),
          },
        },
      }),
    );
    if (result?.data) setDecided(outcome);
  }

  if (decided) return <SuccessPanel title={t(`decide.done.${decided}`)} />;
  if (found.status === 'closed') return null;
  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="decision-form">
      {error && <ErrorAlert error={error} formFields={['outcome', 'reasonCode', 'message']} />}
      <RadioGroup
        name="outcome"
        legend={t('decide.outcome')}
        value={outcome}
        onChange={(value) => setOutcome(value as CaseOutcome)}
        error={errors.outcome}
        options={outcomes.map((value) => ({ value, label: t(`decide.outcomes.${value}`) }))}
      />
      {outcome === 'reject' && (
        <SelectField
          name="reasonCode"
          label={t('decide.reason')}
          value={reasonCode}
          onChange={setReasonCode}
          error={errors.reasonCode}
          options={[
            { value: '', label: t('decide.chooseReason') },
            ...found.rejectionReasons.map((value) => ({
              value,
              label: t(`rejectionReasons.${value}` as 'rejectionReasons.other', { ns: REASON_NAMESPACE[found.kind] ?? 'residency' }),
            })),
          ]}
        />
      )}
      {outcome && (
        <TextAreaField
          name="message"
          label={t(outcome === 'request_info' ? 'decide.question' : 'decide.explanation')}
          hint={t('decide.messageHint')}
          value={message}
          onChange={setMessage}
          error={errors.message}
          maxLength={2000}
        />
      )}
      <div>
        <SubmitButton label={t('decide.submit')} busy={busy} />
      </div>
    </form>
  );
}
