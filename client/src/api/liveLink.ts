import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';
import { setLiveStatus } from './liveStatus';

/**
 * Subscriptions go over graphql-ws; its client is fetched with the first subscription (a page for
 * signed-in people), so the landing page never loads it.
 */
export const liveLink = new ApolloLink(
  (operation) =>
    new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | undefined;
      let unsubscribed = false;
      import('./liveSocket').then(
        ({ liveSocketLink }) => {
          if (!unsubscribed) inner = liveSocketLink().request(operation).subscribe(observer);
        },
        (error: unknown) => {
          // The chunk could not be loaded (offline, new deployment): the pages keep polling.
          setLiveStatus('down');
          observer.error(error);
        },
      );
      return () => {
        unsubscribed = true;
        inner?.unsubscribe();
      };
    }),
);
