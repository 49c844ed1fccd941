import { currentLanguage } from '../i18n/i18n';

export interface SandboxCheckout {
  id: string;
  amountCents: number;
  currency: string;
  description: string;
  locale: string;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'unpaid' | 'paid';
  returnUrl: string | null;
}

export type SandboxAction = 'pay' | 'fail' | 'cancel';

const base = (sessionId: string) => `/api/payments/sandbox/checkout-sessions/${encodeURIComponent(sessionId)}`;

async function request(path: string, method: 'GET' | 'POST'): Promise<Response> {
  return fetch(path, { method, headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() } });
}

/** The sandbox's checkout session (public, like a payment service's hosted page); null when unknown. */
export async function fetchSandboxCheckout(sessionId: string): Promise<SandboxCheckout | null> {
  const response = await request(base(sessionId), 'GET');
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`sandbox checkout ${response.status}`);
  return response.json();
}

/** Pays, fails or cancels; the sandbox reports it to the webhook before it answers. */
export async function settleSandboxCheckout(sessionId: string, action: SandboxAction): Promise<SandboxCheckout | null> {
  const response = await request(`${base(sessionId)}/${action}`, 'POST');
  // Closed meanwhile (another tab): show it as it is now.
  if (response.status === 409) return fetchSandboxCheckout(sessionId);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`sandbox checkout ${response.status}`);
  return response.json();
}
