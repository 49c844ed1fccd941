import { ApolloProvider } from '@apollo/client/react';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { apolloClient } from './api/apolloClient';
import { restoreSessionOnce } from './auth/restoreSession';
import { router } from './router';

export function App() {
  useEffect(restoreSessionOnce, []);
  return (
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
