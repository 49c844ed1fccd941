import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ACTIVATE_CARD_ON_DEVICE, type CitizenCard } from './operations';
import { CardErrorAlert } from './CardErrorAlert';
import { useFormSubmission } from '../forms/useFormSubmission';
import { createDeviceKeyPair, deviceCardStore } from './deviceCardStore';

/** Makes a key on this device and binds the card to it; a card works on one device at a time. */
export function ActivateOnDevice({ card, movedAway, onActivated }: { card: CitizenCard; movedAway: boolean; onActivated: () => void }) {
  const { t } = useTranslation('cards');
  const [activate] = useMutation(ACTIVATE_CARD_ON_DEVICE);
  const { busy, error, run } = useFormSubmission();

  const start = () =>
    run(async () => {
      const { keyPair, publicJwk } = await createDeviceKeyPair();
      const { data } = await activate({ variables: { input: { cardId: card.id, devicePublicKey: publicJwk } } });
      if (!data) return;
      await deviceCardStore.put({
        cardId: card.id,
        credentialId: data.activateCardOnDevice.id,
        credential: data.activateCardOnDevice.credential,
        keyPair,
        card: {
          number: card.number,
          holderName: card.holderName,
          categories: card.categories,
          district: card.district,
          validUntil: card.validUntil,
        },
        storedAt: new Date().toISOString(),
      });
      onActivated();
    });

  return (
    <div className="stack">
      <p className="kern-body">{movedAway ? t('ui.activate.movedAway') : t('ui.activate.intro')}</p>
      {error && <CardErrorAlert error={error} />}
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={busy}
          onClick={() => void start()}
          data-testid="activate-card"
        >
          <span className="kern-label">{busy ? t('ui.activate.busy') : t('ui.activate.button')}</span>
        </button>
      </div>
    </div>
  );
}
