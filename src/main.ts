// The process entry (`node dist/src/main.js`). Node's on-disk compile cache covers only the modules loaded
// after it is enabled, so it comes first and the server (src/server.ts) is imported afterwards: a start
// then reuses the V8 code compiled by the previous one instead of compiling ~6,000 modules again. Where
// the cache directory cannot be written (a read-only file system), Node starts without it.
import module from 'node:module';

module.enableCompileCache?.();
await import('./server.js');
