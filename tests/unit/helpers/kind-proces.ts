import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = join(ROOT, 'tests/unit/helpers/opslaan-kind.ts');

/**
 * Bundles `opslaan-kind.ts` (TypeScript sources of the store) into one ES module in a temp folder,
 * with a `node_modules` link back to the repo so sql.js and its wasm resolve as in the app.
 * Plain `node` then runs it: no TypeScript loader needed, fast start. Returns the script and a
 * function that removes the folder.
 */
export async function bouwKind(): Promise<{ script: string; opruimen: () => Promise<void> }> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-kind-'));
  await fs.symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: ENTRY,
      outDir: join(dir, 'out'),
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'kind.mjs' } },
    },
  });
  return {
    script: join(dir, 'out', 'kind.mjs'),
    opruimen: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export interface Kind {
  proc: ChildProcess;
  /** All stdout so far, split in lines. */
  regels: () => string[];
  /** Resolves when a line matching `test` has arrived (rejects when the child exits first). */
  wachtOp: (test: RegExp, timeoutMs?: number) => Promise<string>;
  /** Resolves with all stdout lines once the process has exited and its pipes are drained. */
  einde: Promise<{ regels: string[]; code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

/**
 * A child lives for one round (a kill ends it), so V8's optimising recompile of sql.js's wasm, which
 * runs on the other core, is spent on code that is about to die: it doubled each child's CPU time
 * (1.2 s against 0.55 s for an open and close) and the kill test starts 200 of them. The baseline
 * compiler runs the same SQLite and the same save steps, only slower per call.
 */
const KIND_VLAGGEN = ['--liftoff-only'];

export function startKind(script: string, args: string[]): Kind {
  const proc = spawn(process.execPath, [...KIND_VLAGGEN, script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let gesloten = false;
  const wachters: (() => void)[] = [];
  proc.stdout?.setEncoding('utf8');
  proc.stderr?.setEncoding('utf8');
  proc.stdout?.on('data', (d: string) => {
    out += d;
    for (const w of wachters.splice(0)) w();
  });
  proc.stderr?.on('data', (d: string) => {
    err += d;
  });
  const regels = () => out.split('\n').filter((r) => r.length > 0);
  const einde = new Promise<{ regels: string[]; code: number | null; signal: NodeJS.Signals | null }>(
    (done) => {
      proc.on('close', (code, signal) => {
        gesloten = true;
        for (const w of wachters.splice(0)) w();
        done({ regels: regels(), code, signal });
      });
    },
  );
  // A hang guard, not a speed goal: at load 20 on two cores a child took over 15 s to load sql.js.
  const wachtOp = (test: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((ok, fout) => {
      const timer = setTimeout(
        () => fout(new Error(`Geen regel ${test} binnen ${timeoutMs} ms. stdout: ${out} stderr: ${err}`)),
        timeoutMs,
      );
      const kijk = () => {
        const hit = regels().find((r) => test.test(r));
        if (hit !== undefined) {
          clearTimeout(timer);
          ok(hit);
        } else if (gesloten) {
          clearTimeout(timer);
          fout(new Error(`Kind stopte zonder ${test}. stdout: ${out} stderr: ${err}`));
        } else wachters.push(kijk);
      };
      kijk();
    });
  return { proc, regels, wachtOp, einde, stderr: () => err };
}
