import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { CardVerifier } from '../../../../packages/shared/src/index.js';
import { loadVerifierMaterial, SdJwtCardVerifier } from '../../../../packages/card-verifier/src/index.js';
import { doorStore, type DoorMaterial } from './doorStore';
import {
  CHECK_IN_PARTICIPATION_EVENT_CARD,
  CHECK_IN_PARTICIPATION_EVENT_REGISTRATION,
  PARTICIPATION_EVENT_CHECK_IN_LIST,
} from './operations';

export interface DoorResult {
  outcome: 'checked_in' | 'already_checked_in' | 'not_registered' | 'invalid_card';
  reason: string | null;
  email: string | null;
  checkedInAt: string | null;
  offline: boolean;
}

function isNetworkFailure(error: unknown): boolean {
  return !navigator.onLine || (error instanceof Error && /fetch|network|Failed/i.test(`${error.name} ${error.message}`));
}

/**
 * The door of one event: scans go to the server while online; offline, the code is verified with
 * the cards' shared verification core against the stored keys and status lists, matched against
 * the stored list of confirmed registrants, and the check-in is queued until the network returns.
 */
export function useDoor(eventId: string) {
  const client = useApolloClient();
  const [material, setMaterial] = useState<DoorMaterial | undefined>(() => doorStore.material(eventId));
  const [pending, setPending] = useState(() => doorStore.queue(eventId).length);
  const [online, setOnline] = useState(navigator.onLine);

  const refresh = useCallback(async () => {
    if (!navigator.onLine) return;
    try {
      const [list, jwks, statusList, current] = await Promise.all([
        client.query({ query: PARTICIPATION_EVENT_CHECK_IN_LIST, variables: { eventId }, fetchPolicy: 'network-only' }),
        fetch('/.well-known/jwks.json', { cache: 'no-store' }).then((response) => (response.ok ? response.json() : undefined)),
        fetch('/api/partner/v1/status-list', { cache: 'no-store' }).then((response) => (response.ok ? response.text() : undefined)),
        fetch('/.well-known/jwt-vc-issuer', { cache: 'no-store' })
          .then((response) => (response.ok ? (response.json() as Promise<{ issuer: string }>) : Promise.reject(new Error('issuer'))))
          .then(({ issuer }) => loadVerifierMaterial(issuer, (input, init) => fetch(input, { ...init, cache: 'no-store' })))
          .catch(() => undefined),
      ]);
      if (!list.data) return;
      const next: DoorMaterial = {
        entries: list.data.participationEventCheckInList,
        fetchedAt: new Date().toISOString(),
        jwks,
        statusList,
        issuer: current?.issuer,
        tokenStatusList: current?.statusListJwt,
      };
      doorStore.saveMaterial(eventId, next);
      setMaterial(next);
    } catch {
      // Keep what is stored.
    }
  }, [client, eventId]);

  const sendQueued = useCallback(async () => {
    const queue = doorStore.queue(eventId);
    setPending(queue.length);
    if (!queue.length || !navigator.onLine) return;
    const left = [];
    for (const entry of queue) {
      try {
        await client.mutate({ mutation: CHECK_IN_PARTICIPATION_EVENT_REGISTRATION, variables: entry });
      } catch (error) {
        if (isNetworkFailure(error)) left.push(entry);
      }
    }
    doorStore.saveQueue(eventId, left);
    setPending(left.length);
    if (left.length < queue.length) await refresh();
  }, [client, eventId, refresh]);

  useEffect(() => {
    void refresh().then(sendQueued);
    const goOnline = () => {
      setOnline(true);
      void sendQueued();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [refresh, sendQueued]);

  const checkInOffline = useCallback(
    async (code: string): Promise<DoorResult> => {
      const stored = doorStore.material(eventId);
      if (!stored?.jwks || !stored.statusList) throw new Error('no check-in list on this device yet');
      const at = new Date(stored.fetchedAt).getTime();
      const verdict =
        SdJwtCardVerifier.isSdJwt(code) && stored.issuer && stored.tokenStatusList
          ? await (
              await SdJwtCardVerifier.create({ issuer: stored.issuer, jwks: stored.jwks, statusListJwt: stored.tokenStatusList }, at)
            ).verify(code, { audiences: [stored.issuer] })
          : await (await CardVerifier.create(stored.jwks, stored.statusList, at)).verify(code);
      if (!verdict.valid || !verdict.card) {
        return { outcome: 'invalid_card', reason: verdict.reason, email: null, checkedInAt: null, offline: true };
      }
      const cardId = verdict.card.id;
      const entry = stored.entries.find((candidate) => candidate.cardIds.includes(cardId));
      if (!entry) return { outcome: 'not_registered', reason: null, email: null, checkedInAt: null, offline: true };
      if (entry.checkedInAt)
        return { outcome: 'already_checked_in', reason: null, email: entry.email, checkedInAt: entry.checkedInAt, offline: true };
      const checkedInAt = new Date().toISOString();
      entry.checkedInAt = checkedInAt;
      doorStore.saveMaterial(eventId, stored);
      setMaterial({ ...stored });
      const queue = [...doorStore.queue(eventId), { registrationId: entry.registrationId, checkedInAt }];
      doorStore.saveQueue(eventId, queue);
      setPending(queue.length);
      return { outcome: 'checked_in', reason: null, email: entry.email, checkedInAt, offline: true };
    },
    [eventId],
  );

  const checkIn = useCallback(
    async (code: string): Promise<DoorResult> => {
      if (navigator.onLine) {
        try {
          const { data } = await client.mutate({ mutation: CHECK_IN_PARTICIPATION_EVENT_CARD, variables: { eventId, code } });
          if (data) {
            void refresh();
            const result = data.checkInParticipationEventCard;
            return { ...result, outcome: result.outcome as DoorResult['outcome'], offline: false };
          }
        } catch (error) {
          if (!isNetworkFailure(error)) throw error;
        }
      }
      return checkInOffline(code);
    },
    [client, eventId, refresh, checkInOffline],
  );

  return { material, pending, online, checkIn, refresh };
}
