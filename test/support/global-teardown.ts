export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __testDatabaseServer?: { stop(): Promise<void> } }).__testDatabaseServer;
  await server?.stop();
}
