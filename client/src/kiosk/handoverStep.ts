import type { KioskHandoverStep } from '../gql/graphql';
import type { KioskDraft } from './draft';

export interface HandoverRequest {
  step: KioskHandoverStep;
  draft: { email?: string; preferredLanguage?: string; articleId?: string };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Only an address that looks complete goes along (the server checks it again); a half-typed one stays behind. */
function emailOf(draft: KioskDraft): { email?: string } {
  return draft.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email) ? { email: draft.email } : {};
}

/** The step on screen, as the phone can continue it (the language page has none). */
export function handoverRequestFor(pathname: string, draft: KioskDraft): HandoverRequest | undefined {
  const article = new RegExp(`^/news/(${UUID})$`, 'i').exec(pathname);
  if (article) return { step: 'news_article', draft: { articleId: article[1] } };
  switch (pathname) {
    case '/kiosk':
      return undefined;
    case '/kiosk/about':
      return { step: 'about', draft: {} };
    case '/news':
      return { step: 'news', draft: {} };
    case '/kiosk/sign-in':
    case '/login':
      return { step: 'sign_in', draft: emailOf(draft) };
    case '/kiosk/create-account':
      return { step: 'create_account', draft: { ...emailOf(draft), preferredLanguage: draft.preferredLanguage } };
    case '/kiosk/appointments':
      return { step: 'appointments', draft: {} };
    case '/kiosk/call-staff':
    case '/consultations/talk-now':
      return { step: 'talk_now', draft: {} };
    default:
      return { step: 'menu', draft: {} };
  }
}

/**
 * Where the phone continues a step that needs no form of the kiosk's own. The sign-in page gets the
 * e-mail address as router state (see HandoverPage), never in the address.
 */
export function phonePathFor(step: KioskHandoverStep, articleId: string | null | undefined): string | undefined {
  switch (step) {
    case 'news':
      return '/news';
    case 'news_article':
      return articleId ? `/news/${articleId}` : '/news';
    case 'sign_in':
      return '/login';
    case 'create_account':
      return undefined;
    case 'appointments':
      return '/appointments/book';
    case 'talk_now':
      return '/consultations/talk-now';
    default:
      return '/';
  }
}
