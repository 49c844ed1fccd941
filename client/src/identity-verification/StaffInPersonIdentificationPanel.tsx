import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { Alert } from '../components/Alert';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField, inputClass } from '../components/FormField';
import { CONFIRM_IN_PERSON_IDENTIFICATION, IN_PERSON_IDENTIFICATION_BY_CODE, type InPersonIdentification } from './operations';

const DOCUMENT_FIELDS = ['givenName', 'familyName', 'birthDate', 'nationality', 'placeOfBirth', 'documentNumber'] as const;
type DocumentField = (typeof DOCUMENT_FIELDS)[number];
const EMPTY: Record<DocumentField, string> = {
  givenName: '',
  familyName: '',
  birthDate: '',
  nationality: '',
  placeOfBirth: '',
  documentNumber: '',
};

/**
 * Staff at a service point (citizens' office): find a booking by the code the person shows, enter
 * what the terminal read from the passport, confirm that the person is present; the terminal's
 * chip and face checks decide together with that (level high, or rejected with a reason).
 */
export function StaffInPersonIdentificationPanel() {
  const { t } = useTranslation('identity-verification');
  const account = useSignedInAccount();
  const [code, setCode] = useState('');
  const [document, setDocument] = useState(EMPTY);
  const [personPresent, setPersonPresent] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<InPersonIdentification | null>(null);
  const [busy, setBusy] = useState(false);
  const [lookup, found] = useLazyQuery(IN_PERSON_IDENTIFICATION_BY_CODE, { fetchPolicy: 'network-only' });
  const [confirm] = useMutation(CONFIRM_IN_PERSON_IDENTIFICATION);
  if (!account.roles.some((role) => role === 'staff_citizens_office' || role === 'admin')) return null;

  const booking = found.data?.inPersonIdentificationByCode ?? null;
  const fieldError = (field: string) => error?.details.find((detail) => detail.field === field)?.message;

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    const { error: failed } = await lookup({ variables: { bookingCode: code.trim() } });
    if (failed) setError(toAppError(failed));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!booking) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await confirm({
        variables: {
          input: {
            bookingCode: booking.bookingCode,
            ...document,
            placeOfBirth: document.placeOfBirth || null,
            personPresent,
          },
        },
      });
      setResult(data!.confirmInPersonIdentification);
      setDocument(EMPTY);
      setPersonPresent(false);
      setCode('');
      await found.refetch().catch(() => undefined);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="in-person-staff-heading" data-testid="in-person-staff">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="in-person-staff-heading">
          {t('staff.heading')}
        </h2>
        <p className="kern-body">{t('staff.intro')}</p>
        {result && (
          <Alert
            variant={result.status === 'confirmed' ? 'success' : 'danger'}
            role="status"
            title={t(result.status === 'confirmed' ? 'staff.confirmed' : 'staff.rejected')}
            testId="in-person-staff-result"
            focusOnShow={result.id}
          >
            <p className="kern-body" data-status={result.status}>
              {result.status === 'confirmed'
                ? t('staff.confirmedText')
                : t(`inPerson.rejected.${result.rejectionReason ?? 'other'}`, { defaultValue: t('inPerson.rejected.other') })}
            </p>
          </Alert>
        )}
        {error && <ErrorAlert error={error} />}
        <form className="stack" onSubmit={(event) => void find(event)}>
          <FormField name="bookingCode" label={t('staff.code')} hint={t('staff.codeHint')}>
            {(control) => (
              <input
                {...control}
                className={inputClass()}
                name="bookingCode"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                autoComplete="off"
                spellCheck={false}
                required
                data-testid="in-person-staff-code"
              />
            )}
          </FormField>
          <div>
            <button type="submit" className="kern-btn kern-btn--secondary" data-testid="in-person-staff-find">
              <span className="kern-label">{t('staff.find')}</span>
            </button>
          </div>
        </form>
        {booking && booking.status === 'booked' && !result && (
          <form className="stack" onSubmit={(event) => void submit(event)} data-testid="in-person-staff-form">
            <p className="kern-body" data-testid="in-person-staff-booking">
              {t('staff.booking', { code: booking.bookingCode, place: booking.servicePoint?.name ?? '' })}
            </p>
            {DOCUMENT_FIELDS.map((field) => (
              <FormField key={field} name={field} label={t(`staff.fields.${field}`)} error={fieldError(field)}>
                {(control) => (
                  <input
                    {...control}
                    className={inputClass(fieldError(field))}
                    name={field}
                    type={field === 'birthDate' ? 'date' : 'text'}
                    value={document[field]}
                    onChange={(event) => setDocument({ ...document, [field]: event.target.value })}
                    required={field !== 'placeOfBirth'}
                    autoComplete="off"
                    data-testid={`in-person-staff-${field}`}
                  />
                )}
              </FormField>
            ))}
            <CheckboxField name="personPresent" label={t('staff.personPresent')} checked={personPresent} onChange={setPersonPresent} />
            <div>
              <button
                type="submit"
                className="kern-btn kern-btn--primary"
                data-testid="in-person-staff-confirm"
                disabled={busy}
                aria-busy={busy || undefined}
              >
                <span className="kern-label">{t('staff.confirm')}</span>
              </button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
