import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MY_CARDS, type CardCredential, type CitizenCard } from './operations';
import { toAppError } from '../api/appError';
import { useRetryAfterFailure } from '../api/useRetryAfterFailure';
import { useSession } from '../auth/useSession';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { ActivateOnDevice } from './ActivateOnDevice';
import { AddToWallet } from './AddToWallet';
import { CardActions } from './CardActions';
import { CardErrorAlert } from './CardErrorAlert';
import { CardFace } from './CardFace';
import type { DeviceCard } from './deviceCardStore';
import { LiveCardCode } from './LiveCardCode';
import { CardRequestStep } from './CardRequestStep';
import { useAdoptRenewedCredential } from './useAdoptRenewedCredential';
import { useDeviceCards } from './useDeviceCards';

/** How soon the page reads again while a card it was told about is not in its list yet. */
const READ_AGAIN_MS = 1000;
const READ_AGAIN_TIMES = 30;

/**
 * My citizen card. Signed in: request, pay, activate on this device, show the live QR, PDF, loss.
 * Signed out or offline: the card stored on this device still shows its live QR.
 */
export function CardPage() {
  const { t } = useTranslation('cards');
  usePageTitle(t('ui.title'));
  const session = useSession();
  const device = useDeviceCards();

  if (session.status === 'restoring' || device.cards === undefined) return <LoadingIndicator />;
  if (session.status !== 'signedIn') {
    const stored = device.cards[0];
    if (!stored) return <Navigate to="/login?next=/card" replace />;
    return (
      <div className="stack-large">
        <h1 className="kern-heading-x-large">{t('ui.title')}</h1>
        <p className="kern-body" data-testid="offline-note">
          {t('ui.offline')}
        </p>
        <LiveCardCode card={stored} />
      </div>
    );
  }
  return <SignedInCardPage deviceCards={device.cards} reloadDeviceCards={device.reload} />;
}

function SignedInCardPage({ deviceCards, reloadDeviceCards }: { deviceCards: DeviceCard[]; reloadDeviceCards: () => Promise<void> }) {
  const { t } = useTranslation('cards');
  // One query: the cards with their device credentials (no second request per card).
  const { data, error, loading, refetch } = useQuery(MY_CARDS, { fetchPolicy: 'cache-and-network' });
  const failure = useMemo(() => (error && !data ? toAppError(error) : undefined), [error, data]);
  useRetryAfterFailure(failure, refetch);
  // The two lists are read one after the other: a card issued in between shows as an issued request whose
  // card is not in the list yet. Read again shortly instead of offering "request card" meanwhile.
  const issuing = Boolean(
    data?.myCardRequests.some(
      (request) =>
        request.status === 'issued' && request.cardId && !data.myCitizenCards.some((candidate) => candidate.id === request.cardId),
    ),
  );
  const waitingForCard = useReadAgainWhile(issuing, refetch);
  if (failure) return <CardErrorAlert error={failure} />;
  if ((loading && !data) || waitingForCard) return <LoadingIndicator />;
  const card =
    data?.myCitizenCards.find((candidate) => candidate.status === 'active' || candidate.status === 'suspended') ?? data?.myCitizenCards[0];
  const openRequest = data?.myCardRequests.find((request) => request.status === 'awaiting_payment');

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('ui.title')}</h1>
        <p className="kern-body">{t('ui.intro')}</p>
      </div>
      {!card || card.status === 'revoked' || card.status === 'expired' || card.status === 'replaced' ? (
        <>
          {card && <CardFace card={card} />}
          <CardRequestStep request={openRequest} />
        </>
      ) : (
        <IssuedCard
          card={card}
          current={card.deviceCredential ?? undefined}
          deviceCard={deviceCards.find((stored) => stored.cardId === card.id)}
          reloadDeviceCards={reloadDeviceCards}
          reloadCards={async () => void (await refetch())}
        />
      )}
    </div>
  );
}

function IssuedCard({
  card,
  current,
  deviceCard,
  reloadDeviceCards,
  reloadCards,
}: {
  card: CitizenCard;
  current?: CardCredential;
  deviceCard?: DeviceCard;
  reloadDeviceCards: () => Promise<void>;
  reloadCards: () => Promise<void>;
}) {
  const { t } = useTranslation('cards');
  const activated = async () => {
    await reloadDeviceCards();
    await reloadCards();
  };
  const boundHere = deviceCard && current && current.id === deviceCard.credentialId;
  useAdoptRenewedCredential(deviceCard, current ?? undefined, reloadDeviceCards);

  return (
    <section className="stack-large" aria-labelledby="my-card-heading">
      <h2 className="kern-heading-medium" id="my-card-heading">
        {t('ui.myCard')}
      </h2>
      <CardFace card={card} />
      {card.status === 'suspended' && card.entitlementStatus === 'active' && (
        <p className="kern-body" data-testid="card-suspended">
          {t('ui.suspended', { reason: card.statusReason ?? '' })}
        </p>
      )}
      {card.status === 'active' &&
        (boundHere ? (
          <LiveCardCode card={deviceCard} />
        ) : (
          <ActivateOnDevice card={card} movedAway={Boolean(deviceCard) || Boolean(current)} onActivated={() => void activated()} />
        ))}
      {card.status === 'active' && card.entitlementStatus === 'active' && <AddToWallet card={card} />}
      <CardActions card={card} />
    </section>
  );
}

/**
 * Reads again after a second while `condition` holds (each answer that still meets it schedules the next
 * read), at most READ_AGAIN_TIMES times; true while it is still waiting.
 */
function useReadAgainWhile(condition: boolean, read: () => Promise<unknown>): boolean {
  const [attempt, setAttempt] = useState(0);
  const waiting = condition && attempt < READ_AGAIN_TIMES;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => {
      void read()
        .catch(() => undefined)
        .finally(() => setAttempt((count) => count + 1));
    }, READ_AGAIN_MS);
    return () => clearTimeout(timer);
  }, [waiting, read, attempt]);
  return waiting;
}
