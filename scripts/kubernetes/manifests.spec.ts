import { Deployment, type IDeploymentSpec } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { Service, type IPodSpec } from 'kubernetes-models/v1';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { consistencyProblems } from './consistency.ts';
import { OVERLAYS, problemsOf, render } from './generate.ts';
import { BASE, resources } from './manifests.ts';

const api = (all: ReturnType<typeof resources>) =>
  all.find((resource) => resource instanceof Deployment && resource.metadata?.name?.endsWith('-api')) as Deployment;

describe('Kubernetes manifests', () => {
  it.each([BASE, ...OVERLAYS].map((settings) => [settings.name, settings] as const))(
    '%s: every resource matches its Kubernetes schema and every reference holds',
    (_name, settings) => {
      expect(problemsOf(settings)).toEqual([]);
    },
  );

  it('are committed as generated (npm run k8s:generate)', () => {
    for (const [file, content] of render()) {
      const onDisk = path.join('deploy/kubernetes', file);
      expect(existsSync(onDisk) ? readFileSync(onDisk, 'utf8') : `(missing ${onDisk})`).toBe(content);
    }
  });

  it('connect through the pooler, but listen and migrate directly (CloudNativePG -rw) where the pool goes through PgBouncer', () => {
    const production = resources(OVERLAYS.find((overlay) => overlay.name === 'production')!);
    const database = (resource: { spec?: unknown }) =>
      Object.fromEntries(
        ((resource.spec as { template: { spec: IPodSpec } }).template.spec.containers[0].env ?? [])
          .filter((variable) => variable.name.startsWith('DATABASE_'))
          .map((variable) => [variable.name, variable.valueFrom?.secretKeyRef?.name]),
      );
    const deployments = production.filter((resource) => resource instanceof Deployment);
    expect(deployments.map((deployment) => deployment.metadata?.name)).toEqual(['bochum-eresidency-api', 'bochum-eresidency-worker']);
    for (const deployment of deployments)
      expect(database(deployment)).toEqual({ DATABASE_URL: 'eresidency-db-pooler-app', DATABASE_LISTEN_URL: 'eresidency-db-app' });
    expect(database(production.find((resource) => resource instanceof Job)!)).toEqual({ DATABASE_URL: 'eresidency-db-app' });
    // Without a pooler, the one database URL serves for all of it.
    expect(database(api(resources(BASE)))).toEqual({ DATABASE_URL: 'bochum-eresidency-database' });
  });

  it('fail for a probe on a port the container does not declare', () => {
    const all = resources(BASE);
    api(all).spec!.template.spec!.containers[0].readinessProbe!.httpGet!.port = 'metrics';
    expect(consistencyProblems(all)).toEqual([
      'Deployment/bochum-eresidency-api: readinessProbe uses port metrics, which container app does not declare',
    ]);
  });

  it('fail for a service whose target port no selected pod has, or that selects nothing', () => {
    const all = resources(BASE);
    const service = all.find((resource) => resource instanceof Service) as Service;
    service.spec!.ports![0].targetPort = 8080;
    expect(consistencyProblems(all)).toEqual(['Service/bochum-eresidency: target port 8080 is not a port of the selected pods']);
    service.spec!.selector = { 'app.kubernetes.io/component': 'nothing' };
    expect(consistencyProblems(all)).toContain('Service/bochum-eresidency: selects no pod');
  });

  it('fail for a field of the wrong type (schema) and for an unknown field (the types)', () => {
    const all = resources(BASE);
    (api(all).spec as unknown as { replicas: unknown }).replicas = 'two';
    expect(() => api(all).validate()).toThrow(/replicas/);
    // A compile-time check (npm run typecheck): `replica` is not a field of a DeploymentSpec.
    // @ts-expect-error the type check refuses the unknown field
    const misspelt: IDeploymentSpec = { replica: 2, selector: {}, template: {} };
    expect(misspelt).toBeDefined();
  });
});
