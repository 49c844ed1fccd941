import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CREATE_CARD_WALLET_OFFER, type CitizenCard } from './operations';
import { CardErrorAlert } from './CardErrorAlert';
import { QrCode } from './QrCode';
import { useFormSubmission } from '../forms/useFormSubmission';

/**
 * "Add to wallet": an OpenID4VCI credential offer of the card (single use, 10 minutes) as a QR code
 * for a wallet on another phone, and as a link for a wallet on this device.
 */
export function AddToWallet({ card }: { card: CitizenCard }) {
  const { t } = useTranslation('cards');
  const [createOffer, { data }] = useMutation(CREATE_CARD_WALLET_OFFER);
  const { busy, error, run } = useFormSubmission();
  const offer = data?.createCardWalletOffer;

  return (
    <section className="stack" aria-labelledby="add-to-wallet-heading">
      <h3 className="kern-heading-small" id="add-to-wallet-heading">
        {t('ui.wallet.heading')}
      </h3>
      <p className="kern-body">{t('ui.wallet.intro')}</p>
      {error && <CardErrorAlert error={error} />}
      {offer ? (
        <div className="stack" data-testid="wallet-offer">
          <p className="kern-body">{t('ui.wallet.scan')}</p>
          <QrCode text={offer.offerUri} label={t('ui.wallet.qrLabel')} testId="wallet-offer-qr" />
          <a className="kern-link" href={offer.offerUri} data-testid="wallet-offer-link">
            {t('ui.wallet.sameDevice')}
          </a>
        </div>
      ) : (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={busy}
            onClick={() => void run(() => createOffer({ variables: { cardId: card.id } }))}
            data-testid="add-to-wallet"
          >
            <span className="kern-label">{busy ? t('ui.wallet.busy') : t('ui.wallet.create')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
