import type { JSONWebKeySet } from 'jose';

/** What a verifier needs, fetched once and refreshed as the responses' Cache-Control allows. */
export interface VerifierMaterial {
  issuer: string;
  jwks: JSONWebKeySet;
  statusListJwt: string;
}

/**
 * Fetches the issuer metadata (`/.well-known/jwt-vc-issuer`, with its JWKS) and the status list.
 * Keep the result and use it offline; `fetchFn` lets a till use its own HTTP client.
 */
export async function loadVerifierMaterial(issuer: string, fetchFn: typeof fetch = fetch): Promise<VerifierMaterial> {
  const base = issuer.replace(/\/$/, '');
  const metadataResponse = await fetchFn(`${base}/.well-known/jwt-vc-issuer`);
  if (!metadataResponse.ok) throw new Error(`issuer metadata: HTTP ${metadataResponse.status}`);
  const metadata = (await metadataResponse.json()) as { issuer: string; jwks?: JSONWebKeySet; status_list_uri?: string };
  if (metadata.issuer !== issuer || !metadata.jwks || !metadata.status_list_uri) throw new Error('issuer metadata does not match');
  const listResponse = await fetchFn(metadata.status_list_uri, { headers: { accept: 'application/statuslist+jwt' } });
  if (!listResponse.ok) throw new Error(`status list: HTTP ${listResponse.status}`);
  return { issuer, jwks: metadata.jwks, statusListJwt: await listResponse.text() };
}
