// `npm run bench`: bundles bench/harness.ts (TypeScript sources of the main process) with vite into
// a temp folder that links back to node_modules, and runs it with plain node. No TS loader needed.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-bench-'));
let code = 1;
try {
  await fs.symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: join(ROOT, 'bench/harness.ts'),
      outDir: join(dir, 'out'),
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: {
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: 'harness.mjs' },
      },
    },
  });
  code = await new Promise((done) => {
    const p = spawn(process.execPath, [join(dir, 'out', 'harness.mjs'), ...process.argv.slice(2)], {
      stdio: 'inherit',
      cwd: ROOT,
    });
    p.on('close', (c) => done(c ?? 1));
  });
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
process.exit(code);
