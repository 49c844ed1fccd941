import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MY_CARD_CREDENTIAL, MY_CARDS, type CitizenCard } from './operations';
import { toAppError } from '../api/appError';
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
  const { data, error, loading } = useQuery(MY_CARDS, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <CardErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
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
          deviceCard={deviceCards.find((stored) => stored.cardId === card.id)}
          reloadDeviceCards={reloadDeviceCards}
        />
      )}
    </div>
  );
}

function IssuedCard({
  card,
  deviceCard,
  reloadDeviceCards,
}: {
  card: CitizenCard;
  deviceCard?: DeviceCard;
  reloadDeviceCards: () => Promise<void>;
}) {
  const { t } = useTranslation('cards');
  const { data, refetch } = useQuery(MY_CARD_CREDENTIAL, {
    variables: { cardId: card.id },
    fetchPolicy: 'network-only',
    skip: card.status !== 'active',
  });
  const activated = async () => {
    await reloadDeviceCards();
    await refetch();
  };
  const current = data?.myCardCredential;
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
        data &&
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
