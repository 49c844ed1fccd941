// The deployment on Kubernetes as typed objects (kubernetes-models): one function builds every
// resource from an environment's settings, so that the base and each overlay are checked the same way.
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, PersistentVolumeClaim, Service, type IContainer, type IEnvVar, type IPodSpec, type IProbe } from 'kubernetes-models/v1';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';

export const APP = 'bochum-eresidency';
export const IMAGE = 'registry.example.org/stadt-bochum/bochum-eresidency';
const HTTP_PORT = 3000;
const SECRET = `${APP}-secrets`;
const DATABASE_SECRET = `${APP}-database`;

export interface EnvironmentSettings {
  name: string;
  namespace?: string;
  imageTag: string;
  publicUrl: string;
  api: { minReplicas: number; maxReplicas: number; cpuRequest: string; memoryLimit: string };
  workers: number;
  /** Kubernetes Secret (CloudNativePG writes one per database user) with the database URI under `uri`: through PgBouncer in production. */
  databaseSecret: string;
  /**
   * When `databaseSecret` goes through PgBouncer in transaction mode: the Secret whose `uri` reaches
   * PostgreSQL directly (CloudNativePG's `<cluster>-app`, host `<cluster>-rw`). The API and worker get
   * it as DATABASE_LISTEN_URL (the cluster events' LISTEN needs a session of its own), and the
   * migration Job as DATABASE_URL (it holds a session advisory lock). Unset: everything uses `databaseSecret`.
   */
  directDatabaseSecret?: string;
  redis: boolean;
  serviceMonitor: boolean;
  /**
   * Uploaded files in an S3 bucket (src/config/domains/storage.config.ts), which every replica reads;
   * without it, a ReadWriteMany volume under FILES_DIR. The keys STORAGE_S3_ACCESS_KEY_ID and
   * STORAGE_S3_SECRET_ACCESS_KEY come from the Secret; leave them out there to use the pod's IAM role.
   */
  s3?: { bucket: string; endpoint?: string; region: string; forcePathStyle: boolean };
}

export const BASE: EnvironmentSettings = {
  name: 'base',
  imageTag: 'latest',
  publicUrl: 'https://eresidency.example.org',
  api: { minReplicas: 2, maxReplicas: 6, cpuRequest: '250m', memoryLimit: '768Mi' },
  workers: 1,
  databaseSecret: DATABASE_SECRET,
  redis: false,
  serviceMonitor: false,
  s3: { bucket: 'eresidency-files', endpoint: 'https://s3.example.org', region: 'eu-central-1', forcePathStyle: true },
};

/** Secret keys the application needs in production (src/config/app-config.ts refuses to start without them). */
export const REQUIRED_SECRETS = [
  'JWT_SECRET',
  'CARD_KEY_PASSPHRASE',
  'SENDGRID_API_KEY',
  'EID_ISSUER_URL',
  'EID_CLIENT_ID',
  'EID_CLIENT_SECRET',
  'BANKING_SECRETS_KEY',
  'PKI_POLICY_OID_ARC',
  'PKI_KEY_PASSPHRASE',
] as const;
const OPTIONAL_SECRETS = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'METRICS_TOKEN', 'REDIS_URL'] as const;
const S3_SECRETS = ['STORAGE_S3_ACCESS_KEY_ID', 'STORAGE_S3_SECRET_ACCESS_KEY'] as const;

const labels = (component: string) => ({ 'app.kubernetes.io/name': APP, 'app.kubernetes.io/component': component });

const databaseUri = (secret: string): IEnvVar['valueFrom'] => ({ secretKeyRef: { name: secret, key: 'uri' } });

/** The database settings: a long-running process pools through `databaseSecret` and listens directly; the migration Job (`migrate`) only connects directly. */
function databaseEnvironment(settings: EnvironmentSettings, migrate: boolean): IEnvVar[] {
  const direct = settings.directDatabaseSecret;
  if (migrate) return [{ name: 'DATABASE_URL', valueFrom: databaseUri(direct ?? settings.databaseSecret) }];
  return [
    { name: 'DATABASE_URL', valueFrom: databaseUri(settings.databaseSecret) },
    ...(direct ? [{ name: 'DATABASE_LISTEN_URL', valueFrom: databaseUri(direct) }] : []),
  ];
}

function environment(settings: EnvironmentSettings, jobsWorkers: boolean, migrate: boolean): IEnvVar[] {
  return [
    { name: 'JOBS_WORKERS', value: jobsWorkers ? '1' : '0' },
    ...databaseEnvironment(settings, migrate),
    ...REQUIRED_SECRETS.map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: SECRET, key } } })),
    ...OPTIONAL_SECRETS.filter((key) => key !== 'REDIS_URL' || settings.redis).map((key) => ({
      name: key,
      valueFrom: { secretKeyRef: { name: SECRET, key, optional: key !== 'REDIS_URL' } },
    })),
    ...(settings.s3 ? S3_SECRETS : []).map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: SECRET, key, optional: true } } })),
  ];
}

const httpProbe = (path: string, periodSeconds: number, failureThreshold: number): IProbe => ({
  httpGet: { path, port: 'http' },
  periodSeconds,
  failureThreshold,
  timeoutSeconds: 3,
});

function appContainer(settings: EnvironmentSettings, jobsWorkers: boolean, command?: string[]): IContainer {
  return {
    name: 'app',
    image: `${IMAGE}:${settings.imageTag}`,
    ...(command ? { command } : {}),
    envFrom: [{ configMapRef: { name: `${APP}-config` } }],
    env: environment(settings, jobsWorkers, command !== undefined),
    ...(command
      ? {}
      : {
          ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }],
          startupProbe: httpProbe('/health/ready', 2, 60),
          readinessProbe: httpProbe('/health/ready', 5, 2),
          livenessProbe: httpProbe('/health/live', 10, 3),
          // Endpoints drop the pod before SIGTERM arrives, so that no new request meets a stopping process.
          lifecycle: { preStop: { sleep: { seconds: 5 } } },
        }),
    resources: {
      requests: { cpu: settings.api.cpuRequest, memory: '256Mi' },
      limits: { memory: settings.api.memoryLimit },
    },
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 10001,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [...(settings.s3 ? [] : [{ name: 'files', mountPath: '/data/files' }]), { name: 'tmp', mountPath: '/tmp' }],
  };
}

function podSpec(settings: EnvironmentSettings, jobsWorkers: boolean, command?: string[]): IPodSpec {
  return {
    // The 5 s preStop pause plus SHUTDOWN_GRACE_SECONDS (25) fit inside it.
    terminationGracePeriodSeconds: 35,
    automountServiceAccountToken: false,
    securityContext: { fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [appContainer(settings, jobsWorkers, command)],
    volumes: [
      ...(settings.s3 ? [] : [{ name: 'files', persistentVolumeClaim: { claimName: `${APP}-files` } }]),
      { name: 'tmp', emptyDir: {} },
    ],
    ...(command ? { restartPolicy: 'Never' } : {}),
  };
}

function deployment(settings: EnvironmentSettings, component: 'api' | 'worker'): Deployment {
  return new Deployment({
    metadata: { name: `${APP}-${component}`, labels: labels(component) },
    spec: {
      replicas: component === 'api' ? settings.api.minReplicas : settings.workers,
      selector: { matchLabels: labels(component) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: { metadata: { labels: labels(component) }, spec: podSpec(settings, component === 'worker') },
    },
  });
}

/** Where the files are: the S3 settings (the same names as src/config reads), or the mounted folder. */
function storageSettings(settings: EnvironmentSettings): Record<string, string> {
  if (!settings.s3) return { FILES_DIR: '/data/files' };
  return {
    STORAGE_S3_BUCKET: settings.s3.bucket,
    ...(settings.s3.endpoint ? { STORAGE_S3_ENDPOINT: settings.s3.endpoint } : {}),
    STORAGE_S3_REGION: settings.s3.region,
    STORAGE_S3_FORCE_PATH_STYLE: settings.s3.forcePathStyle ? 'true' : 'false',
  };
}

/** Every resource of one environment, in apply order. */
export function resources(settings: EnvironmentSettings) {
  const config = new ConfigMap({
    metadata: { name: `${APP}-config`, labels: labels('config') },
    data: {
      NODE_ENV: 'production',
      PORT: String(HTTP_PORT),
      HOST: '0.0.0.0',
      PUBLIC_URL: settings.publicUrl,
      TRUST_PROXY: 'true',
      DB_SKIP_MIGRATIONS: '1',
      // Through the Pooler: named prepared statements only with PgBouncer ≥ 1.21 and max_prepared_statements (docs/operations.md).
      ...(settings.directDatabaseSecret ? { DB_PREPARED_STATEMENTS: '0' } : {}),
      DATA_DIR: '/tmp',
      ...storageSettings(settings),
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_SECONDS: '25',
    },
  });
  const files = settings.s3
    ? []
    : [
        new PersistentVolumeClaim({
          metadata: { name: `${APP}-files`, labels: labels('files') },
          // Every replica reads every upload: without S3, a volume that all of them mount.
          spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } } },
        }),
      ];
  const migrate = new Job({
    metadata: { name: `${APP}-migrate-${settings.imageTag.replace(/[^a-z0-9-]/g, '-')}`, labels: labels('migrate') },
    spec: {
      backoffLimit: 2,
      ttlSecondsAfterFinished: 86_400,
      template: { metadata: { labels: labels('migrate') }, spec: podSpec(settings, false, ['node', 'dist/src/database/cli.js', 'run']) },
    },
  });
  const service = new Service({
    metadata: { name: APP, labels: labels('api') },
    spec: { selector: labels('api'), ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
  });
  const disruptionBudget = new PodDisruptionBudget({
    metadata: { name: `${APP}-api`, labels: labels('api') },
    spec: { minAvailable: 1, selector: { matchLabels: labels('api') } },
  });
  const autoscaler = new HorizontalPodAutoscaler({
    metadata: { name: `${APP}-api`, labels: labels('api') },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `${APP}-api` },
      minReplicas: settings.api.minReplicas,
      maxReplicas: settings.api.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  });
  const monitor = settings.serviceMonitor
    ? [
        new ServiceMonitor({
          metadata: { name: APP, labels: labels('api') },
          spec: {
            selector: { matchLabels: labels('api') },
            endpoints: [
              {
                port: 'http',
                path: '/metrics',
                interval: '30s',
                authorization: { type: 'Bearer', credentials: { name: SECRET, key: 'METRICS_TOKEN' } },
              },
            ],
          },
        }),
      ]
    : [];
  return [
    config,
    ...files,
    migrate,
    deployment(settings, 'api'),
    deployment(settings, 'worker'),
    service,
    disruptionBudget,
    autoscaler,
    ...monitor,
  ];
}

export type Resource = ReturnType<typeof resources>[number];
