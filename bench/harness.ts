import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Grootte, maakWerkgroepBestand } from './genereer';
import {
  EXPORTS,
  type ExportNaam,
  LIJSTEN,
  laadNatief,
  type Meting,
  mediaan,
  meetAutosave,
  meetExport,
  meetFormulieren,
  meetLijsten,
  meetOpenen,
  percentiel,
} from './metingen';
import { meetSamenvoegen } from './samenvoegen-meting';

/**
 * `npm run bench`: builds nothing itself (bench/run.mjs bundles this file), then per size generates
 * a werkgroep file and runs every step in a child process of its own, so each step's peak memory
 * (the child's max RSS) is its own. Prints a table and writes a JSON file.
 *
 *   node harness.mjs alles [--groottes klein,middel,groot] [--runs N] [--lijstruns N] [--json pad]
 *   node harness.mjs stap <stap> <bestand> <runs>     (one step; prints one JSON line)
 */

interface StapUitslag {
  stap: string;
  metingen: Meting[];
  maxRssMb: number;
}

async function voerStapUit(stap: string, bestand: string, runs: number): Promise<StapUitslag> {
  let metingen: Meting[];
  if (stap === 'openen') metingen = await meetOpenen(bestand, runs);
  else if (stap === 'lijsten') metingen = await meetLijsten(bestand, runs);
  else if (stap === 'autosave') metingen = await meetAutosave(bestand, runs);
  else if (stap === 'formulieren') metingen = await meetFormulieren(bestand, 100, runs);
  else if (stap === 'samenvoegen') metingen = await meetSamenvoegen(bestand, runs);
  else if (stap.startsWith('excel-')) metingen = await meetExport(bestand, stap.slice(6) as ExportNaam, runs);
  else throw new Error(`Onbekende stap ${stap}`);
  // maxRSS is in kilobytes: the peak of this whole process (one step plus Node and sql.js).
  return { stap, metingen, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function kind(script: string, args: string[]): Promise<StapUitslag> {
  return new Promise((ok, fout) => {
    const p = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let uit = '';
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (d: string) => {
      uit += d;
    });
    p.on('close', (code) => {
      const regel = uit.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return fout(new Error(`Stap ${args.join(' ')} faalde (code ${code}): ${uit}`));
      try {
        ok(JSON.parse(regel) as StapUitslag);
      } catch {
        fout(new Error(`Geen uitslag van ${args.join(' ')}: ${uit}`));
      }
    });
  });
}

interface Regel {
  grootte: Grootte;
  dbMb: number;
  stap: string;
  meting: string;
  p50: number;
  p95: number;
  vloerP50: number | null;
  vloerP95: number | null;
  verhouding: number | null;
  maxRssMb: number;
  doel: string;
  gehaald: boolean | null;
  extra?: Record<string, number>;
  vloerSoort: string;
}

/** The issue's targets, per measurement. */
function doel(grootte: Grootte, m: Meting, r: { p50: number; p95: number; verhouding: number | null }) {
  const ratio = r.verhouding ?? 0;
  if (m.naam.startsWith('openen'))
    return {
      doel: grootte === 'groot' ? '≤ 1.0 s and ≤ 2× floor' : '≤ 2× floor',
      gehaald: ratio <= 2 && (grootte !== 'groot' || r.p50 <= 1000),
    };
  if ((LIJSTEN as readonly string[]).includes(m.naam))
    return { doel: 'p95 ≤ 50 ms and ≤ 3× native', gehaald: r.p95 <= 50 && ratio <= 3 };
  if (m.naam.startsWith('autosave')) return { doel: '≤ 1.2× floor', gehaald: ratio <= 1.2 };
  if (m.naam === 'Excel fo-pakket')
    return { doel: '≤ 3 s and ≤ 1.3× floor', gehaald: r.p50 <= 3000 && ratio <= 1.3 };
  if (m.naam.includes('formulieren')) return { doel: '100 forms ≤ 5 s', gehaald: r.p50 <= 5000 };
  return { doel: '(report only)', gehaald: null };
}

const ms = (x: number | null) =>
  x === null || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1);

function tabel(regels: Regel[]): string {
  const kop = [
    'size',
    'DB MB',
    'measurement',
    'app p50 ms',
    'app p95 ms',
    'floor p50 ms',
    'ratio',
    'peak RSS MB',
    'RSS limit MB',
    'target',
    'met',
  ];
  const rijen = regels.map((r) => [
    r.grootte,
    r.dbMb.toFixed(1),
    r.meting,
    ms(r.p50),
    ms(r.p95),
    ms(r.vloerP50),
    r.verhouding === null ? '–' : `${r.verhouding.toFixed(2)}×`,
    r.maxRssMb.toFixed(0),
    (4 * r.dbMb + 200).toFixed(0),
    r.doel,
    r.gehaald === null ? '' : r.gehaald ? 'yes' : 'NO',
  ]);
  return [
    `| ${kop.join(' | ')} |`,
    `|${kop.map(() => '---').join('|')}|`,
    ...rijen.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function optie(args: string[], naam: string): string | undefined {
  const i = args.indexOf(`--${naam}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function alles(script: string, args: string[]): Promise<void> {
  const groottes = (optie(args, 'groottes') ?? 'klein,middel,groot').split(',') as Grootte[];
  const runs = Number(optie(args, 'runs') ?? 5);
  const lijstruns = Number(optie(args, 'lijstruns') ?? 20);
  const alleenStappen = optie(args, 'stappen')?.split(',');
  const jsonPad = optie(args, 'json') ?? join(process.cwd(), 'bench', 'resultaten.json');
  const map = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-bench-data-'));
  const natief = laadNatief() !== null;
  console.error(`better-sqlite3: ${natief ? 'available' : 'NOT available, floor falls back to sql.js'}`);
  const regels: Regel[] = [];
  const generatie: Record<string, number> = {};
  try {
    for (const grootte of groottes) {
      const bestand = join(map, `${grootte}.tafelwerk`);
      const t = performance.now();
      await maakWerkgroepBestand(bestand, grootte);
      generatie[grootte] = performance.now() - t;
      const dbMb = (await fs.stat(bestand)).size / 1024 / 1024;
      console.error(
        `${grootte}: generated ${dbMb.toFixed(1)} MB in ${(generatie[grootte] / 1000).toFixed(1)} s`,
      );
      const stappen = [
        ['openen', runs],
        ['lijsten', lijstruns],
        ['autosave', runs],
        ...EXPORTS.map((e) => [`excel-${e}`, grootte === 'groot' ? Math.min(runs, 3) : runs]),
        ['formulieren', Math.min(runs, 3)],
        ['samenvoegen', Math.min(runs, 3)],
      ] as [string, number][];
      for (const [stap, n] of stappen) {
        if (alleenStappen && !alleenStappen.includes(stap)) continue;
        console.error(`  ${grootte} ${stap} (${n} runs)…`);
        const uitslag = await kind(script, ['stap', stap, bestand, String(n)]);
        for (const m of uitslag.metingen) {
          const p50 = mediaan(m.app);
          const p95 = percentiel(m.app, 95);
          const vloerP50 = m.vloer.length ? mediaan(m.vloer) : null;
          const isLijst = (LIJSTEN as readonly string[]).includes(m.naam);
          // Lists compare p95 with p95 (the target is on p95); the rest compare medians.
          const verhouding =
            vloerP50 === null ? null : isLijst ? p95 / percentiel(m.vloer, 95) : p50 / vloerP50;
          const d = doel(grootte, m, { p50, p95, verhouding });
          regels.push({
            grootte,
            dbMb,
            stap,
            meting: m.naam,
            p50,
            p95,
            vloerP50,
            vloerP95: m.vloer.length ? percentiel(m.vloer, 95) : null,
            verhouding,
            // An export step's own peak, taken before its floor read the workbook back.
            maxRssMb: m.extra?.appRssMb ?? uitslag.maxRssMb,
            ...d,
            extra: m.extra,
            vloerSoort: m.vloerSoort,
          });
        }
      }
    }
  } finally {
    await fs.rm(map, { recursive: true, force: true });
  }
  const geheugenOk = regels.every((r) => r.maxRssMb <= 4 * r.dbMb + 200);
  console.log(tabel(regels));
  console.log(`\nPeak memory within 4× DB + 200 MB in every step: ${geheugenOk ? 'yes' : 'NO'}`);
  console.log(
    `Generation: ${Object.entries(generatie)
      .map(([g, t]) => `${g} ${(t / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
  for (const r of regels) if (r.extra) console.log(`  ${r.grootte} ${r.meting}: ${JSON.stringify(r.extra)}`);
  await fs.writeFile(
    jsonPad,
    `${JSON.stringify(
      {
        gemaakt: new Date().toISOString(),
        node: process.version,
        cpus: (await import('node:os')).cpus().length,
        betterSqlite3: natief,
        runs,
        lijstruns,
        generatieMs: generatie,
        regels,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nJSON: ${jsonPad}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const [opdracht, ...args] = argv;
  const script = fileURLToPath(import.meta.url);
  if (opdracht === 'stap') {
    const [stap, bestand, runs] = args;
    const uitslag = await voerStapUit(stap ?? '', bestand ?? '', Number(runs ?? 5));
    process.stdout.write(`${JSON.stringify(uitslag)}\n`);
  } else if (opdracht === 'genereer') {
    const [grootte, pad] = args;
    await maakWerkgroepBestand(pad ?? 'werkgroep.tafelwerk', (grootte ?? 'klein') as Grootte);
  } else await alles(script, argv);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
