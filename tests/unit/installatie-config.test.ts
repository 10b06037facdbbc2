import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
// electron-builder's own loader and schema check, as `npm run dist` runs them: a misspelt fuse or
// installer option fails here instead of being ignored in a build on another machine.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('electron-builder.yml', () => {
  let config: Configuration;

  beforeAll(async () => {
    config = await getConfig(root, 'electron-builder.yml', null);
  });

  test('is valid for the installed electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check itself is real: a misspelt fuse is refused.
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { runAsNod: false } } as never,
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/electronFuses/);
  });

  test("the fuses close what an attacker with the user's environment could use", () => {
    expect(config.electronFuses).toMatchObject({
      // ELECTRON_RUN_AS_NODE=1 would turn Tafelwerk.exe into a plain Node that runs any script.
      runAsNode: false,
      // NODE_OPTIONS=--require=… would load code into the main process before the app.
      enableNodeOptionsEnvironmentVariable: false,
      // --inspect / SIGUSR1 would open a debugger into the main process (and the decrypted data).
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      // app.asar is checked against the hash in the signed executable, and only app.asar is loaded
      // (not a folder named app/ placed beside it).
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Integrity validation and onlyLoadAppFromAsar mean nothing without an asar archive.
    expect(config.asar).not.toBe(false);
  });

  test('the Windows installer can install for all users, in a folder users cannot change', () => {
    const nsis = config.nsis ?? {};
    // The assisted installer asks "for me / for everyone" (perMachine false shows that page, and
    // /allusers chooses it on the command line); true would force every install per machine.
    expect(nsis.oneClick).toBe(false);
    expect(nsis.perMachine).toBe(false);
    // No folder choice: for all users it is always Program Files (writable by administrators
    // only), never a folder a user, or anyone on a shared drive, can change the program in.
    expect(nsis.allowToChangeInstallationDirectory).toBe(false);
    const win = config.win ?? {};
    const targets = (Array.isArray(win.target) ? win.target : [win.target]).map((t) =>
      typeof t === 'string' ? t : t?.target,
    );
    expect(targets).toContain('nsis');
  });

  test('holds no signing certificate or password: those stay on the build machine', () => {
    const tekst = JSON.stringify(config);
    for (const sleutel of ['certificateFile', 'certificatePassword', 'cscLink', 'cscKeyPassword'])
      expect(tekst).not.toContain(sleutel);
  });
});
