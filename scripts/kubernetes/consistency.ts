// What the Kubernetes schemas cannot see: references between resources and within a pod.
import type { IContainer, IPodSpec } from 'kubernetes-models/v1';
import type { Resource } from './manifests.ts';

interface Loose {
  kind: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: Record<string, any>;
  data?: Record<string, string>;
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels?.[key] === value);

function podSpecs(resource: Loose): { where: string; pod: IPodSpec; labels?: Record<string, string> }[] {
  const template = resource.spec?.template;
  if (!template?.spec) return [];
  return [{ where: `${resource.kind}/${resource.metadata?.name}`, pod: template.spec as IPodSpec, labels: template.metadata?.labels }];
}

function probeProblems(where: string, container: IContainer): string[] {
  const ports = container.ports ?? [];
  const known = (port: string | number) => ports.some((entry) => entry.name === port || entry.containerPort === port);
  return (['startupProbe', 'readinessProbe', 'livenessProbe'] as const).flatMap((probe) => {
    const port = container[probe]?.httpGet?.port;
    return port !== undefined && !known(port)
      ? [`${where}: ${probe} uses port ${port}, which container ${container.name} does not declare`]
      : [];
  });
}

/** Problems of one environment's resources; empty when every reference holds. */
export function consistencyProblems(all: readonly Resource[]): string[] {
  const resources = all as unknown as Loose[];
  const named = (kind: string, name: string | undefined) => resources.some((r) => r.kind === kind && r.metadata?.name === name);
  const pods = resources.flatMap(podSpecs);
  const problems: string[] = [];
  for (const { where, pod, labels } of pods) {
    const owner = resources.find((r) => `${r.kind}/${r.metadata?.name}` === where)!;
    if (owner.kind === 'Deployment' && !selects(owner.spec?.selector?.matchLabels, labels))
      problems.push(`${where}: selector does not match its pod labels`);
    const volumes = new Set((pod.volumes ?? []).map((volume) => volume.name));
    for (const volume of pod.volumes ?? []) {
      const claim = volume.persistentVolumeClaim?.claimName;
      if (claim && !named('PersistentVolumeClaim', claim))
        problems.push(`${where}: volume ${volume.name} claims ${claim}, which is not defined`);
    }
    for (const container of pod.containers) {
      problems.push(...probeProblems(where, container));
      for (const mount of container.volumeMounts ?? []) {
        if (!volumes.has(mount.name))
          problems.push(`${where}: container ${container.name} mounts ${mount.name}, which the pod does not define`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.configMapRef && !named('ConfigMap', source.configMapRef.name))
          problems.push(`${where}: config map ${source.configMapRef.name} is not defined`);
      }
    }
  }
  for (const service of resources.filter((r) => r.kind === 'Service')) {
    const targets = pods.filter((pod) => selects(service.spec?.selector, pod.labels));
    if (targets.length === 0) problems.push(`Service/${service.metadata?.name}: selects no pod`);
    for (const port of service.spec?.ports ?? []) {
      const served = targets.some(({ pod }) =>
        pod.containers.some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort || p.containerPort === port.targetPort)),
      );
      if (targets.length > 0 && !served)
        problems.push(`Service/${service.metadata?.name}: target port ${port.targetPort} is not a port of the selected pods`);
    }
  }
  for (const budget of resources.filter((r) => r.kind === 'PodDisruptionBudget' || r.kind === 'ServiceMonitor')) {
    const selector = budget.spec?.selector?.matchLabels;
    const selected =
      budget.kind === 'ServiceMonitor'
        ? resources.filter((r) => r.kind === 'Service' && selects(selector, r.metadata?.labels))
        : pods.filter((pod) => selects(selector, pod.labels));
    if (selected.length === 0) problems.push(`${budget.kind}/${budget.metadata?.name}: selects nothing`);
  }
  for (const autoscaler of resources.filter((r) => r.kind === 'HorizontalPodAutoscaler')) {
    const target = autoscaler.spec?.scaleTargetRef;
    if (!named(target?.kind, target?.name))
      problems.push(`HorizontalPodAutoscaler/${autoscaler.metadata?.name}: scales ${target?.kind}/${target?.name}, which is not defined`);
    if (autoscaler.spec?.minReplicas > autoscaler.spec?.maxReplicas)
      problems.push(`HorizontalPodAutoscaler/${autoscaler.metadata?.name}: minReplicas above maxReplicas`);
  }
  return problems;
}
