import { ApolloClient, ApolloLink, InMemoryCache, gql, Observable } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import { READ_AGAIN_ON_EVENTS } from './readAgainOnEvents';

const CARDS = gql`
  query Cards {
    cards
  }
`;

/** A server whose answers wait until released: each request reads `state` when it is answered. */
function slowServer() {
  const state = { cards: ['old'], sent: 0 };
  const pending: (() => void)[] = [];
  const link = new ApolloLink(
    () =>
      new Observable((observer) => {
        state.sent += 1;
        const read = [...state.cards];
        pending.push(() => {
          observer.next({ data: { cards: read } });
          observer.complete();
        });
      }),
  );
  const answerAll = () => pending.splice(0).forEach((answer) => answer());
  return { state, link, answerAll };
}

async function readAgainWhileARequestIsInFlight(options: object): Promise<{ cards: string[]; sent: number }> {
  const server = slowServer();
  const client = new ApolloClient({ link: server.link, cache: new InMemoryCache() });
  const query = client.watchQuery({ query: CARDS, fetchPolicy: 'network-only', ...options });
  const subscription = query.subscribe(() => undefined);
  // The page's read is under way when the card is issued and the event says "read again".
  await new Promise((resolve) => setTimeout(resolve, 0));
  server.state.cards = ['old', 'issued'];
  const again = query.refetch();
  server.answerAll();
  await new Promise((resolve) => setTimeout(resolve, 0));
  server.answerAll();
  const result = await again;
  subscription.unsubscribe();
  return { cards: (result.data as { cards: string[] }).cards, sent: server.state.sent };
}

describe('READ_AGAIN_ON_EVENTS', () => {
  it('makes a read again after an event its own request, so it sees the change', async () => {
    expect(await readAgainWhileARequestIsInFlight(READ_AGAIN_ON_EVENTS)).toEqual({ cards: ['old', 'issued'], sent: 2 });
  });

  it('is needed: by default Apollo joins the read again to the request sent before the change', async () => {
    expect(await readAgainWhileARequestIsInFlight({})).toEqual({ cards: ['old'], sent: 1 });
  });
});
