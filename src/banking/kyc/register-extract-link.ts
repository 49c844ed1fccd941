import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a bank may fetch the register extract after the hand-over. */
export const REGISTER_EXTRACT_LINK_SECONDS = 3600;

function signatureOf(secret: string, applicationId: string, expires: number): string {
  return createHmac('sha256', secret).update(`register-extract.${applicationId}.${expires}`).digest('hex');
}

/** A link the bank can use without signing in: bound to the application and the bank's secret, and expiring. */
export function registerExtractLink(
  baseUrl: string,
  secret: string,
  applicationId: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): string {
  const expires = nowSeconds + REGISTER_EXTRACT_LINK_SECONDS;
  return `${baseUrl}/api/banking/kyc/${applicationId}/register-extract?expires=${expires}&signature=${signatureOf(secret, applicationId, expires)}`;
}

export function registerExtractLinkValid(
  secret: string,
  applicationId: string,
  expires: string | undefined,
  signature: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (!expires || !/^\d{1,12}$/.test(expires) || !signature || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const expiry = Number(expires);
  if (expiry < nowSeconds || expiry > nowSeconds + REGISTER_EXTRACT_LINK_SECONDS) return false;
  return timingSafeEqual(Buffer.from(signature, 'hex'), Buffer.from(signatureOf(secret, applicationId, expiry), 'hex'));
}
