import { type ComponentType, lazy } from 'react';

/**
 * A page component fetched when its route is first shown (Layout's Suspense waits for it): each
 * page, with the libraries only it uses, is a chunk of its own and the landing page stays small.
 * `lazyPage(() => import('./AccountPage'), 'AccountPage')` for the named export AccountPage.
 */
export function lazyPage<Module extends Record<Name, ComponentType<any>>, Name extends string>(load: () => Promise<Module>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
