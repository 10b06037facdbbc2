import type { promises as fs } from 'node:fs';
import { afterEach } from 'vitest';
import { bestandssysteem, standaardBestandssysteem } from '../../../electron/main/store/file-io';

/** The step of `atomicWrite` a fault hits. */
export type Stap =
  | 'open' // creating the temp file (read-only folder: EACCES / EROFS)
  | 'write' // writing the bytes (EIO)
  | 'schijf-vol' // half the bytes land, then ENOSPC
  | 'fsync' // fsync of the temp file (EIO)
  | 'close' // closing the temp file (EIO)
  | 'rename' // replacing the file (EPERM, as a virus scanner on Windows causes)
  | 'rename-en-rm' // rename fails and removing the temp file fails too (a crash mid-save looks like this)
  | 'map-fsync'; // fsync of the folder after the rename (EIO)

export const fsFout = (code: string) =>
  Object.assign(new Error(`${code}: gesimuleerde fout`), { code }) as NodeJS.ErrnoException;

/** Restores the real file system after every test that injected a fault. */
afterEach(() => {
  herstel();
});

export function herstel(): void {
  Object.assign(bestandssysteem, standaardBestandssysteem);
}

/** A handle whose chosen method fails (after doing the real work for `close`, half of it for ENOSPC). */
function kapotteHandle(echt: fs.FileHandle, stap: Stap, code: string): fs.FileHandle {
  return new Proxy(echt, {
    get(target, prop) {
      if (prop === 'writeFile' && stap === 'write') return async () => Promise.reject(fsFout(code));
      if (prop === 'writeFile' && stap === 'schijf-vol')
        return async (bytes: Uint8Array) => {
          await target.write(bytes, 0, Math.floor(bytes.length / 2));
          throw fsFout('ENOSPC');
        };
      if (prop === 'sync' && (stap === 'fsync' || stap === 'map-fsync'))
        return async () => Promise.reject(fsFout(code));
      if (prop === 'close' && stap === 'close')
        return async () => {
          await target.close();
          throw fsFout(code);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Makes every save of `doel` (the werkgroep file itself, not its backups) fail at `stap` until
 * `herstel()`. Returns a counter of how often the fault fired.
 */
export function injecteer(doel: string, map: string, stap: Stap, code = 'EIO'): { geraakt: number } {
  const teller = { geraakt: 0 };
  const isTemp = (p: string) => p.startsWith(`${doel}.`) && p.endsWith('.tmp');
  const echt = standaardBestandssysteem;
  bestandssysteem.open = async (path, flags, mode) => {
    if (stap === 'open' && isTemp(path)) {
      teller.geraakt++;
      throw fsFout(code);
    }
    const handle = await echt.open(path, flags, mode);
    const raak =
      (isTemp(path) && ['write', 'schijf-vol', 'fsync', 'close'].includes(stap)) ||
      (path === map && stap === 'map-fsync');
    if (!raak) return handle;
    teller.geraakt++;
    return kapotteHandle(handle, stap, code);
  };
  if (stap === 'rename' || stap === 'rename-en-rm') {
    bestandssysteem.rename = async (from, to) => {
      if (to !== doel) return echt.rename(from, to);
      teller.geraakt++;
      throw fsFout(code);
    };
  }
  if (stap === 'rename-en-rm') {
    bestandssysteem.rm = async (path, options) => {
      if (isTemp(path)) throw fsFout('EBUSY');
      return echt.rm(path, options);
    };
  }
  return teller;
}
