import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { from as observableFrom, switchMap } from 'rxjs';
import i18n, { currentLanguage } from '../i18n/i18n';
import { getAccessToken, signIn, signOut } from '../auth/sessionStore';
import { isUnauthenticated } from './appError';
import { refreshSession } from './refreshSession';
import { liveLink } from './liveLink';
import { terminalSecret } from './terminalSecret';

/** Operations that must never trigger an automatic session refresh. */
const NO_REFRESH_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout']);

const headersLink = new SetContextLink((prevContext) => {
  const accessToken = getAccessToken();
  const terminal = terminalSecret();
  return {
    sentWithToken: Boolean(accessToken),
    headers: {
      ...prevContext.headers,
      'Accept-Language': currentLanguage(),
      ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      ...(terminal ? { 'X-Kiosk-Device': terminal } : {}),
    },
  };
});

/**
 * When an operation sent with an access token comes back UNAUTHENTICATED, the token has
 * probably expired: refresh the session once and retry. If that fails, sign out; the
 * route guards then send the person to the login page.
 */
const refreshOnUnauthenticatedLink = new ErrorLink(({ error, operation, forward }) => {
  const context = operation.getContext();
  if (!isUnauthenticated(error) || !context.sentWithToken) return;
  if (NO_REFRESH_OPERATIONS.has(operation.operationName ?? '')) return;
  if (context.isRetry) {
    // Refused even with a fresh token: the session is gone.
    signOut(true);
    return;
  }

  return observableFrom(refreshSession()).pipe(
    switchMap((outcome) => {
      if (outcome.kind === 'signedOut') signOut(true);
      // On 'failed' (e.g. network trouble) keep the session: the next action may work again.
      if (outcome.kind !== 'refreshed') throw error;
      signIn(outcome.payload);
      // headersLink runs again on forward() and picks up the new token.
      operation.setContext({ isRetry: true });
      return forward(operation);
    }),
  );
});

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export const apolloClient = new ApolloClient({
  // Subscriptions over graphql-ws (authenticated in its connection_init), everything else over HTTP.
  link: ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    liveLink,
    ApolloLink.from([refreshOnUnauthenticatedLink, headersLink, httpLink]),
  ),
  cache: new InMemoryCache(),
});

// Texts the server composes (notifications, offer titles, error messages) come in the language of the
// request: after a switch, the queries on screen ask again.
i18n.on('languageChanged', () => {
  void Promise.resolve(apolloClient.refetchQueries({ include: 'active' })).catch(() => undefined);
});
