import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';

export const INTENTS = ['resident', 'business', 'venue'] as const;
export type Intent = (typeof INTENTS)[number];

export function parseIntent(value: string | null): Intent | undefined {
  return INTENTS.find((intent) => intent === value);
}

/** Reminds people on the register page which of the three ways in they chose. */
export function IntentNotice({ intent }: { intent: Intent }) {
  const { t } = useTranslation();
  return (
    <Alert variant="info" role="status" title={t('intents.heading')}>
      <p className="kern-body">{t(`intents.${intent}`)}</p>
    </Alert>
  );
}
