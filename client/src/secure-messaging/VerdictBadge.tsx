import { useTranslation } from 'react-i18next';
import type { SignatureVerdict } from './operations';

const BADGE_CLASS: Record<SignatureVerdict, string> = {
  valid: 'kern-badge kern-badge--success',
  invalid: 'kern-badge kern-badge--danger',
  revoked: 'kern-badge kern-badge--danger',
  unknown_signer: 'kern-badge kern-badge--warning',
};

/** The server's verdict on a message's signature, as a badge that says it in words (not only colour). */
export function VerdictBadge({ verdict }: { verdict: SignatureVerdict }) {
  const { t } = useTranslation('secure-messaging');
  return (
    <span className={BADGE_CLASS[verdict]} data-testid="message-verdict" data-verdict={verdict}>
      <span className="kern-label">{t(`verdict.${verdict}`)}</span>
    </span>
  );
}
