import { Deployment, type IDeploymentSpec } from 'kubernetes-models/apps/v1';
import { Service } from 'kubernetes-models/v1';
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
