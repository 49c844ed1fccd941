import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';

/**
 * The server words its messages in the account's language, which need not be the language the
 * page is shown in. For the card domain's own refusals (those without parameters) the page uses
 * the same `errors` catalogue in its own language, so an error never appears in another language.
 */
const CARD_ERROR_KEYS: Record<string, string> = {
  NO_ACTIVE_RESIDENCY: 'cards.no_active_residency',
  CARD_EXISTS: 'cards.already_has_card',
  INVALID_DEVICE_KEY: 'cards.invalid_device_key',
  RESIDENCY_ENDS_FIRST: 'cards.residency_ends_first',
  ENTITLEMENT_SUSPENDED: 'cards.entitlement_suspended',
  ENTITLEMENT_REVOKED: 'cards.entitlement_revoked',
};

function useCardError(error: AppError): AppError {
  const { i18n } = useTranslation();
  const key = error.reason ? CARD_ERROR_KEYS[error.reason] : undefined;
  if (!key || !i18n.exists(`errors:${key}`)) return error;
  // The `errors` catalogue is the server's and is not among the client's typed namespaces.
  const translate = i18n.t.bind(i18n) as unknown as (key: string) => string;
  return { ...error, message: translate(`errors:${key}`) };
}

/** An error on the card page, in the page's language (see above); otherwise as `ErrorAlert` shows it. */
export function CardErrorAlert({ error }: { error: AppError }) {
  return <ErrorAlert error={useCardError(error)} />;
}
