/**
 * Domain boundaries (docs/architecture.md, "Boundaries"). `npm run lint` fails on any violation.
 * A domain is a folder under src/; infrastructure folders (common, config, database, graphql,
 * health, observability, web) serve every domain and know none of them, except through the composition point.
 */
const INFRASTRUCTURE = 'common|config|database|graphql|health|observability|web';
const NOT_A_DOMAIN = `^src/(?!(?:${INFRASTRUCTURE})/)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-only-through-public-surface',
      comment:
        "A domain uses another domain only through that domain's public surface, src/<domain>/index.ts " +
        '(its module, public services and ports, typed events, public types). Import from "../<domain>/index.js".',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: {
        path: `${NOT_A_DOMAIN}([^/]+)/`,
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'no-entity-across-domains',
      comment:
        'An entity belongs to its domain: another domain never imports it (and so never reads or writes its table ' +
        "through it). Ask the owning domain's public service, or reference the row by id with @ForeignKey('Entity').",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: `${NOT_A_DOMAIN}[^/]+/.*\\.entit(y|ies)\\.ts$`, pathNot: '^src/$1/' },
    },
    {
      name: 'composition-only-through-public-surface',
      comment: 'The composition point (src/*.ts, src/database, src/config) sees a domain only through its index.ts.',
      severity: 'error',
      from: { path: `^src/(?:[^/]+\\.ts$|database/|config/|graphql/|health/|observability/|web/)` },
      to: { path: `${NOT_A_DOMAIN}[^/]+/`, pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'infrastructure-knows-no-domain',
      comment: 'src/common is shared infrastructure: it never depends on a domain.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: `${NOT_A_DOMAIN}[^/]+/` },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make start-up order and module boundaries fragile; break the cycle with a port or an event.',
      severity: 'error',
      from: { path: '^(src|client/src|packages)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'client-never-imports-server',
      comment: 'The client is built for the browser: code both sides need lives in packages/ (its own tsconfig).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(src|test|migrations|bench)/' },
    },
    {
      name: 'shared-packages-stand-alone',
      comment: 'packages/ is shared by server and client and depends on neither.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(src|client|test)/' },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      from: { path: '^(src|client/src|packages)/', pathNot: '\\.spec\\.tsx?$' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/|^client/src/gql/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
