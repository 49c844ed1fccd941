// Jest setup for every test file. node-forge's BigInteger chooses its multiply-add routine once, when it
// loads, by looking at `navigator`: with the `navigator` Node has had since version 21 it takes `am1`,
// which calls Math.floor for every digit. Inside Jest's vm context each such global lookup is slow, so an
// RSA signature took about 10 s instead of 0.1 s (the PKI, secure-messaging and document tests spent most
// of their time there). Without `navigator` it takes `am3`, integer-only, as it always did on Node 20.
// Nothing the tests run needs `navigator` (the client is tested in Chromium).
Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true, writable: true });
