/** Built by translationCatalogues() in client/vite.config.ts from locales/<lng>/<namespace>.json. */
declare module 'virtual:catalogues' {
  type Catalogues = Record<string, Record<string, unknown>>;
  /** The namespaces of the German reference catalogue. */
  export const namespaces: string[];
  /** Per language folder: its start texts (START_TEXTS) and the rest, one chunk each. */
  export const loaders: Record<string, Record<'start' | 'rest', () => Promise<{ default: Catalogues }>>>;
}
