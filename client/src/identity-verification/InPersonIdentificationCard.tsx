import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup } from '../components/RadioGroup';
import {
  BOOK_IN_PERSON_IDENTIFICATION,
  CANCEL_IN_PERSON_IDENTIFICATION,
  MY_IDENTITY_VERIFICATION,
  type IdentityVerificationStatus,
} from './operations';

/** Identification in person (level high): book a service point or terminal, show the code there, see the status. */
export function InPersonIdentificationCard({ status, canBook }: { status: IdentityVerificationStatus; canBook: boolean }) {
  const { t } = useTranslation('identity-verification');
  const latest = status.latestInPersonIdentification;
  const [servicePointId, setServicePointId] = useState(status.servicePoints[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const refetch = { refetchQueries: [{ query: MY_IDENTITY_VERIFICATION }], awaitRefetchQueries: true };
  const [book] = useMutation(BOOK_IN_PERSON_IDENTIFICATION, refetch);
  const [cancel] = useMutation(CANCEL_IN_PERSON_IDENTIFICATION, refetch);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const decided = latest && latest.status !== 'booked' && latest.status !== 'cancelled' ? latest : null;
  const open = latest?.status === 'booked' ? latest : null;

  return (
    <>
      {decided?.status === 'confirmed' && (
        <Alert variant="success" role="status" title={t('inPerson.confirmedTitle')} testId="in-person-confirmed">
          <p className="kern-body">{t('inPerson.confirmedText')}</p>
        </Alert>
      )}
      {decided?.status === 'rejected' && canBook && (
        <Alert variant="danger" role="alert" title={t('inPerson.rejectedTitle')} testId="in-person-rejected">
          <p className="kern-body">
            {t(`inPerson.rejected.${decided.rejectionReason ?? 'other'}`, { defaultValue: t('inPerson.rejected.other') })}
          </p>
        </Alert>
      )}
      {(open || canBook) && (
        <div className="kern-card kern-card--surface" data-testid="in-person-card">
          <div className="kern-card__container stack">
            <h3 className="kern-title">{t('methods.inPersonTitle')}</h3>
            <p className="kern-body">{t('methods.inPersonText')}</p>
            {error && <ErrorAlert error={error} />}
            {open ? (
              <div className="stack" data-testid="in-person-booking" data-status={open.status}>
                <p className="kern-body">{t('inPerson.bookedIntro')}</p>
                <p className="kern-heading-medium" data-testid="in-person-code" translate="no">
                  {open.bookingCode}
                </p>
                {open.servicePoint && (
                  <p className="kern-body" data-testid="in-person-service-point">
                    <strong>{open.servicePoint.name}</strong>, {open.servicePoint.address}
                  </p>
                )}
                <p className="kern-body">{t('inPerson.bring')}</p>
                <p className="kern-body" role="status" data-testid="in-person-status">
                  {t('inPerson.waiting')}
                </p>
                <div>
                  <button
                    type="button"
                    className="kern-btn kern-btn--secondary"
                    data-testid="in-person-cancel"
                    disabled={busy}
                    aria-busy={busy || undefined}
                    onClick={() => void run(() => cancel({ variables: { id: open.id } }))}
                  >
                    <span className="kern-label">{t('inPerson.cancel')}</span>
                  </button>
                </div>
              </div>
            ) : (
              <form
                className="stack"
                onSubmit={(event) => {
                  event.preventDefault();
                  void run(() => book({ variables: { input: { servicePointId } } }));
                }}
              >
                <RadioGroup
                  name="servicePointId"
                  legend={t('inPerson.servicePoint')}
                  value={servicePointId}
                  onChange={setServicePointId}
                  options={status.servicePoints.map((point) => ({
                    value: point.id,
                    label: point.name,
                    hint: `${t(`inPerson.kinds.${point.kind}`, { defaultValue: '' })} ${point.address}`.trim(),
                  }))}
                />
                <div>
                  <button
                    type="submit"
                    className="kern-btn kern-btn--primary"
                    data-testid="in-person-book"
                    disabled={busy || !servicePointId}
                    aria-busy={busy || undefined}
                  >
                    <span className="kern-label">{t('inPerson.book')}</span>
                  </button>
                </div>
              </form>
            )}
          </div>
        </div>
      )}
    </>
  );
}
