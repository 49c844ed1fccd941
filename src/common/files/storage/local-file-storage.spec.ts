import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { StoredFileExistsError, StoredFileMissingError } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';

describe('LocalFileStorage', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bo-local-storage-'));
  const storage = new LocalFileStorage(path.join(root, 'files'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores buffers and streams under their keys, never overwrites, and lists by prefix', async () => {
    await storage.check();
    await storage.put('evidence/aa', Buffer.from('first'));
    await storage.put('resident-mail/bb', Readable.from([Buffer.from('from '), Buffer.from('a stream')]));
    await expect(storage.put('evidence/aa', Buffer.from('second'))).rejects.toBeInstanceOf(StoredFileExistsError);
    expect((await storage.read('evidence/aa')).toString()).toBe('first');
    expect((await storage.read('resident-mail/bb')).toString()).toBe('from a stream');
    expect(await storage.head('evidence/aa')).toEqual({ key: 'evidence/aa', sizeBytes: 5 });
    const keys = async (prefix?: string) => {
      const found: string[] = [];
      for await (const { key } of storage.list(prefix)) found.push(key);
      return found.sort();
    };
    expect(await keys()).toEqual(['evidence/aa', 'resident-mail/bb']);
    expect(await keys('evidence/')).toEqual(['evidence/aa']);
    expect(await keys('res')).toEqual(['resident-mail/bb']);
    expect(await keys('nothing/')).toEqual([]);
    writeFileSync(path.join(root, 'files', 'evidence', '.DS_Store'), 'junk');
    expect(await keys()).toEqual(['evidence/aa', 'resident-mail/bb']);
  });

  it('answers a missing file as missing, deletes idempotently, and refuses keys that could leave the folder', async () => {
    await expect(storage.get('evidence/missing')).rejects.toBeInstanceOf(StoredFileMissingError);
    expect(await storage.head('evidence/missing')).toBeNull();
    await storage.delete('evidence/aa');
    await storage.delete('evidence/aa');
    expect(await storage.head('evidence/aa')).toBeNull();
    for (const key of ['../outside', 'evidence/../../x', '/absolute', 'a//b', '', 'evidence/.hidden/..'])
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/malformed storage key/);
  });
});
