import { promises as fs } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../../tests/e2e/fixtures';
import { maakWerkgroepDb } from '../genereer';

/*
 * Renderer benchmark: the start. From the navigation (the window loading the renderer) until the
 * dashboard is usable: its heading and the key figures are on screen and drawn. Measured in the page
 * against the navigation's time origin, with the example werkgroep and with the large region (groot:
 * 10,000 candidates, 100,000 steps). The file is already open in main, as when Tafelwerk reopens the
 * last file. Asserts only that the dashboard appears. Results: bench/resultaten/renderer-start.json.
 */

const UIT = fileURLToPath(new URL('../resultaten/renderer-start.json', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

test('start tot een bruikbaar dashboard: voorbeeld en groot', async ({ page, appUrl, main }) => {
  const map = await mkdtemp(join(tmpdir(), 'tafelwerk-bench-start-'));
  const resultaat: Record<string, { mediaanMs: number; runsMs: number[]; scriptKb: number }> = {};
  let scriptKb = 0;
  try {
    const groot = join(map, 'groot.tafelwerk');
    const db = await maakWerkgroepDb('groot');
    await writeFile(groot, db.export());
    db.close();

    for (const [naam, open] of [
      ['voorbeeld', () => main.session.openVoorbeeld()],
      ['groot', () => main.session.openPath(groot)],
    ] as const) {
      await open();
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(appUrl);
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const klaar = () =>
                document.querySelector('h1')?.textContent === 'Dashboard' &&
                document.querySelector('section[aria-labelledby="kerncijfers"]') !== null;
              const kijk = () => {
                if (!klaar()) return false;
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
                return true;
              };
              if (kijk()) return;
              const o = new MutationObserver(() => {
                if (kijk()) o.disconnect();
              });
              o.observe(document.body, { subtree: true, childList: true, characterData: true });
            }),
        );
        await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
        runs.push(Math.round(ms));
        // What the start had to load and parse: the JavaScript fetched until the dashboard was usable.
        scriptKb = await page.evaluate(() =>
          Math.round(
            performance
              .getEntriesByType('resource')
              .filter((r) => r.name.endsWith('.js'))
              .reduce((s, r) => s + (r as PerformanceResourceTiming).decodedBodySize, 0) / 1024,
          ),
        );
      }
      resultaat[naam] = { mediaanMs: mediaan(runs), runsMs: runs, scriptKb };
    }
    const bundel = (
      await fs.readdir(join(fileURLToPath(new URL('../../out/renderer/assets/', import.meta.url))))
    ).filter((f) => f.endsWith('.js'));
    await fs.mkdir(join(UIT, '..'), { recursive: true });
    await writeFile(
      UIT,
      JSON.stringify({ gemeten: new Date().toISOString(), load: loadavg()[0], bundel, resultaat }, null, 2),
    );
    console.log('start → bruikbaar dashboard:', JSON.stringify(resultaat));
  } finally {
    await rm(map, { recursive: true, force: true });
  }
});
