import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { getAccessToken, getSession, signIn, subscribeToSession } from '../auth/sessionStore';
import { refreshSession } from './refreshSession';
import { setLiveStatus } from './liveStatus';
import { terminalSecret } from './terminalSecret';

/** Renew the access token before connecting when it expires within this time. */
const RENEW_BEFORE_MS = 30_000;
const MAX_RETRY_WAIT_MS = 30_000;

function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

/** The access token for `connection_init`, renewed through the refresh cookie when it is (about to be) expired. */
async function freshAccessToken(): Promise<string | undefined> {
  const token = getAccessToken();
  if (!token || expiresAt(token) - Date.now() > RENEW_BEFORE_MS) return token;
  const outcome = await refreshSession();
  if (outcome.kind !== 'refreshed') return token;
  signIn(outcome.payload);
  return outcome.payload.accessToken;
}

function signedInAccountId(): string | undefined {
  const session = getSession();
  return session.status === 'signedIn' ? session.account.id : undefined;
}

function createLiveClient(): Client {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.href,
    connectionParams: async () => {
      const token = await freshAccessToken();
      if (token) return { authorization: `Bearer ${token}` };
      // Nobody signed in at a self-service terminal: the terminal's own socket (call staff).
      const terminal = terminalSecret();
      return terminal ? { kioskDevice: terminal } : {};
    },
    // One socket for all subscriptions of the tab, closed when none is left.
    lazy: true,
    lazyCloseTimeout: 3_000,
    connectionAckWaitTimeout: 10_000,
    keepAlive: 25_000,
    // Also after 4401 (the token expired: connectionParams renews it); never once signed out (unless a terminal's).
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => getSession().status === 'signedIn' || terminalSecret() !== undefined,
    retryWait: async (retries) => {
      const wait = Math.min(MAX_RETRY_WAIT_MS, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, wait));
    },
    on: {
      connected: () => setLiveStatus('live'),
      closed: () => setLiveStatus('down'),
    },
  });
  // Another account signed in (or out) in this tab: reconnect with its token; subscriptions resume.
  let account = signedInAccountId();
  subscribeToSession(() => {
    const current = signedInAccountId();
    if (current === account) return;
    account = current;
    client.terminate();
  });
  return client;
}

let link: GraphQLWsLink | undefined;

export function liveSocketLink(): GraphQLWsLink {
  link ??= new GraphQLWsLink(createLiveClient());
  return link;
}
