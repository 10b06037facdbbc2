// `npm run bench`: bundles bench/harness.ts (TypeScript sources of the main process) with vite into
// a temp folder that links back to node_modules, and runs it with plain node. No TS loader needed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VLOER = join(ROOT, 'bench');
// Native SQLite for the floors has its own package.json here, out of the app's dependency tree:
// installed once, on the first benchmark run (it compiles for a minute or more where no prebuilt
// binary can be fetched). Without it the floors fall back to sql.js, and the table says so.
if (!existsSync(join(VLOER, 'node_modules', 'better-sqlite3'))) {
  console.error('Benchmark: better-sqlite3 wordt eenmalig in bench/ geïnstalleerd (voor de vloeren)…');
  spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: VLOER, stdio: 'inherit' });
}
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
      env: { ...process.env, TAFELWERK_BENCH_VLOER: join(VLOER, 'package.json') },
    });
    p.on('close', (c) => done(c ?? 1));
  });
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
process.exit(code);
