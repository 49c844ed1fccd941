import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_BY_NUMBER, RESUME_CARD, REVOKE_CARD, SUSPEND_CARD, type CitizenCard } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { CardFace } from './CardFace';

/** Staff of the citizens' office: find a card by number, then suspend, resume or revoke it with a reason. */
export function StaffCardLookup() {
  const { t } = useTranslation('cards');
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [card, setCard] = useState<CitizenCard>();
  const [find, lookup] = useLazyQuery(CARD_BY_NUMBER, { fetchPolicy: 'network-only' });
  const [suspend] = useMutation(SUSPEND_CARD);
  const [resume] = useMutation(RESUME_CARD);
  const [revoke] = useMutation(REVOKE_CARD);
  const change = useFormSubmission();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await find({ variables: { number } });
    setCard(data?.citizenCardByNumber);
  };

  const act = (mutation: typeof suspend) =>
    change.run(async () => {
      if (!card) return;
      const { data } = await mutation({ variables: { input: { cardId: card.id, reason } } });
      if (data) setCard(data.card);
      setReason('');
    });

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="card-lookup-heading" data-testid="staff-card-lookup">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="card-lookup-heading">
          {t('ui.staff.heading')}
        </h2>
        <form className="stack" onSubmit={(event) => void search(event)} noValidate>
          <TextField name="cardNumber" label={t('ui.staff.number')} hint={t('ui.staff.numberHint')} value={number} onChange={setNumber} />
          <SubmitButton label={t('ui.staff.find')} busy={lookup.loading} />
        </form>
        {lookup.error && <ErrorAlert error={toAppError(lookup.error)} formFields={[]} />}
        {card && (
          <div className="stack">
            <CardFace card={card} />
            {card.entitlementStatus !== 'active' && (
              <p className="kern-body" data-testid="staff-card-entitlement">
                {t(card.entitlementStatus === 'revoked' ? 'ui.staff.entitlementRevoked' : 'ui.staff.entitlementSuspended', {
                  reason: card.statusReason ?? '',
                })}
              </p>
            )}
            {change.error && <ErrorAlert error={change.error} formFields={[]} />}
            <TextField name="reason" label={t('ui.staff.reason')} value={reason} onChange={setReason} />
            <div className="button-row">
              {card.entitlementStatus === 'active' && (card.status === 'active' || card.status === 'suspended') && (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  disabled={change.busy}
                  onClick={() => void act(suspend)}
                  data-testid="suspend-card"
                >
                  <span className="kern-label">{t('ui.staff.suspend')}</span>
                </button>
              )}
              {card.status === 'suspended' && (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  disabled={change.busy}
                  onClick={() => void act(resume)}
                  data-testid="resume-card"
                >
                  <span className="kern-label">{t('ui.staff.resume')}</span>
                </button>
              )}
              {card.entitlementStatus !== 'revoked' && (card.status === 'active' || card.status === 'suspended') && (
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  disabled={change.busy}
                  data-testid="revoke-card"
                  onClick={() => window.confirm(t('ui.staff.confirmRevoke')) && void act(revoke)}
                >
                  <span className="kern-label">{t('ui.staff.revoke')}</span>
                </button>
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
