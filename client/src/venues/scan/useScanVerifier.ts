import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CardVerifier } from '../../../../packages/shared/src/index.js';
import { loadVerifierMaterial, SdJwtCardVerifier, type CardVerdict } from '../../../../packages/card-verifier/src/index.js';
import { MANAGED_VENUE, RECORD_OFFLINE_VERIFICATIONS, VERIFY_DISCOUNT, type DiscountVerification } from '../operations';
import { scanStore, type TrustMaterial } from './scanStore';

const REFRESH_MS = 60_000;
const RETRY_MS = 5_000;

function isNetworkFailure(error: unknown): boolean {
  return !navigator.onLine || (error instanceof Error && /fetch|network|Failed/i.test(`${error.name} ${error.message}`));
}

/**
 * Verifies scanned codes: online through `verifyDiscount` (logged by the server), offline with
 * the shared verification core against the cached keys and status list; offline verifications
 * are queued in IndexedDB and sent when the network returns.
 */
export function useScanVerifier(language: string) {
  const client = useApolloClient();
  const [trust, setTrust] = useState<TrustMaterial>();
  const [online, setOnline] = useState(navigator.onLine);
  const [pendingCount, setPendingCount] = useState(0);
  const verifier = useRef<{ statusList: string; verifier: Promise<CardVerifier> }>(undefined);
  const sdJwtVerifier = useRef<{ statusList: string; verifier: Promise<SdJwtCardVerifier> }>(undefined);
  const seen = useRef(new Set<string>());
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(async () => {
    if (!navigator.onLine) return;
    try {
      const [jwks, statusList, current, venue] = await Promise.all([
        fetch('/.well-known/jwks.json', { cache: 'no-store' }).then((response) =>
          response.ok ? response.json() : Promise.reject(new Error('keys')),
        ),
        fetch('/api/partner/v1/status-list', { cache: 'no-store' }).then((response) =>
          response.ok ? response.text() : Promise.reject(new Error('status list')),
        ),
        // The venue verifier package's own loader: issuer metadata (with keys) and the Token Status List.
        fetch('/.well-known/jwt-vc-issuer', { cache: 'no-store' })
          .then((response) => (response.ok ? (response.json() as Promise<{ issuer: string }>) : Promise.reject(new Error('issuer'))))
          .then(({ issuer }) => loadVerifierMaterial(issuer, (input, init) => fetch(input, { ...init, cache: 'no-store' }))),
        client.query({ query: MANAGED_VENUE, fetchPolicy: 'network-only' }),
      ]);
      const material: TrustMaterial = {
        jwks,
        statusList,
        issuer: current?.issuer,
        tokenStatusList: current?.statusListJwt,
        fetchedAt: new Date().toISOString(),
        offers: venue.data?.venueOffers ?? [],
      };
      await scanStore.saveTrust(material);
      setTrust(material);
    } catch {
      // Offline, or the server is away or busy: keep using what is stored, all of it from one fetch (never
      // a fresh list of one format beside a missing one of the other), and try again soon while online.
      if (navigator.onLine && retry.current === undefined) {
        retry.current = setTimeout(() => {
          retry.current = undefined;
          void refresh();
        }, RETRY_MS);
      }
    }
  }, [client]);

  const sendPending = useCallback(async () => {
    const pending = await scanStore.pending();
    setPendingCount(pending.length);
    if (!pending.length || !navigator.onLine) return;
    try {
      await client.mutate({ mutation: RECORD_OFFLINE_VERIFICATIONS, variables: { entries: pending } });
      await scanStore.removePending(pending.map((entry) => entry.verificationId));
      setPendingCount(0);
    } catch {
      // Stays queued for the next time the network returns.
    }
  }, [client]);

  useEffect(() => {
    void scanStore.trust().then((stored) => stored && setTrust((current) => current ?? stored));
    void refresh();
    void sendPending();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    const goOnline = () => {
      setOnline(true);
      void sendPending();
      void refresh();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      clearInterval(timer);
      clearTimeout(retry.current);
      retry.current = undefined;
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [refresh, sendPending]);

  const verifyLocally = useCallback(
    async (code: string, offerId: string | null): Promise<DiscountVerification> => {
      if (!trust) throw new Error('no status list on this device yet');
      if (verifier.current?.statusList !== trust.statusList) {
        // The cached list may be past its `exp` offline; the page shows its age instead of refusing.
        verifier.current = {
          statusList: trust.statusList,
          verifier: CardVerifier.create(trust.jwks, trust.statusList, new Date(trust.fetchedAt).getTime()),
        };
      }
      const offer = offerId ? trust.offers.find((candidate) => candidate.id === offerId) : undefined;
      let verdict: CardVerdict;
      if (SdJwtCardVerifier.isSdJwt(code) && trust.issuer && trust.tokenStatusList) {
        const { issuer, tokenStatusList } = trust;
        if (sdJwtVerifier.current?.statusList !== tokenStatusList) {
          sdJwtVerifier.current = {
            statusList: tokenStatusList,
            verifier: SdJwtCardVerifier.create(
              { issuer, jwks: trust.jwks, statusListJwt: tokenStatusList },
              new Date(trust.fetchedAt).getTime(),
            ),
          };
        }
        verdict = await (await sdJwtVerifier.current.verifier).verify(code, { requiredCategories: offer?.categories, audiences: [issuer] });
      } else {
        verdict = {
          ...(await (await verifier.current.verifier).verify(code, { requiredCategories: offer?.categories })),
          holderName: null,
        };
      }
      const repeated = verdict.presentationSignature !== null && seen.current.has(verdict.presentationSignature);
      if (verdict.presentationSignature) seen.current.add(verdict.presentationSignature);
      const entry = { verificationId: crypto.randomUUID(), code, offerId, verifiedAt: new Date().toISOString() };
      await scanStore.addPending(entry);
      setPendingCount((count) => count + 1);
      return {
        verificationId: entry.verificationId,
        valid: verdict.valid,
        eligible: verdict.eligible,
        reason: verdict.reason,
        card: verdict.card && { status: verdict.card.status, validUntil: verdict.card.validUntil, categories: verdict.card.categories },
        offer: offer
          ? {
              id: offer.id,
              // Offers cached by an earlier version of the page have only the German and English titles.
              title: offer.title ?? offer.titleDe,
              titleLanguage: offer.titleLanguage ?? 'de',
              discountPercent: offer.discountPercent,
              fixedPriceCents: offer.fixedPriceCents,
            }
          : null,
        repeatedPresentation: repeated,
        presentation: verdict.presentation === 'device' ? 'phone' : verdict.presentation === 'static' ? 'printed' : null,
        holderName: verdict.valid ? verdict.holderName : null,
        // The page words the printed-card notice itself; uses per day are counted by the server.
        notice: null,
        printedCardUsesToday: null,
      };
    },
    [trust, language],
  );

  const verify = useCallback(
    async (code: string, offerId: string | null): Promise<DiscountVerification & { offline: boolean }> => {
      if (navigator.onLine) {
        try {
          const { data } = await client.mutate({ mutation: VERIFY_DISCOUNT, variables: { code, offerId } });
          if (data) return { ...data.verifyDiscount, offline: false };
        } catch (error) {
          if (!isNetworkFailure(error)) throw error;
        }
      }
      return { ...(await verifyLocally(code, offerId)), offline: true };
    },
    [client, verifyLocally],
  );

  return { trust, online, pendingCount, verify, refresh };
}
