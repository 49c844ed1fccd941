import getPort from 'get-port';
import { createTestApp, type TestApp } from './test-app.js';

export interface RunningServer extends TestApp {
  baseUrl: string;
}

/** The whole application listening on a free loopback port, with PUBLIC_URL pointing at it. */
export async function startServer(environment: Record<string, string> = {}): Promise<RunningServer> {
  const port = await getPort({ host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const target = await createTestApp({ PUBLIC_URL: baseUrl, PORT: String(port), ...environment });
  await target.app.listen({ port, host: '127.0.0.1' });
  return { ...target, baseUrl };
}
