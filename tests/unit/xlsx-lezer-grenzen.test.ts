import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TE_ZWAAR, werkerLezen } from '../../electron/main/excel/xlsx-lezer';
import { keurXlsx } from '../../electron/main/excel/xlsx-poort';
import type { Result } from '../../shared/api/result';
import type { ImportVoorbeeld } from '../../shared/domain/import';
import { ipcWerkgroep } from './helpers/sroi';
import { celrijkWerkboek } from './helpers/vijandig';

/**
 * exceljs parses an imported workbook in a worker with a memory and a time limit (xlsx-lezer.ts).
 * The limits are lowered here, so a real workbook that passes the gate runs into them: the user
 * gets the Dutch refusal and the werkgroep file is not touched.
 */

const STANDAARD = { ...werkerLezen.grenzen };
afterEach(() => {
  werkerLezen.grenzen = { ...STANDAARD };
});

/** A 10,000-row list of 20 columns: 200,000 cells, within the gate's limit of 250,000. */
async function groteLijst(map: string): Promise<string> {
  const pad = join(map, 'grote-lijst.xlsx');
  const bytes = await celrijkWerkboek(20);
  expect(keurXlsx(bytes)).toEqual({ ok: true });
  await fs.writeFile(pad, bytes);
  return pad;
}

describe('the parsing worker', () => {
  it('reads a large list within the standard limits, and refuses it with a tiny memory limit, storing nothing', async () => {
    const w = await ipcWerkgroep();
    const pad = await groteLijst(w.root);
    w.session.dialogs.chooseSpreadsheetToOpen = async () => pad;
    const inlezen = async () => (await w.invoke('organisaties.inlezen', {})) as Result<ImportVoorbeeld>;

    const gewoon = await inlezen();
    // Parsed in full: the reader got past the organisation limit, which it counts row by row.
    expect(gewoon.ok && gewoon.data.algemeneFouten).toEqual([
      expect.stringMatching(/^Het bestand heeft meer dan \d+ organisaties\./),
    ]);

    const voor = await fs.readFile(w.path);
    const organisaties = async () => (await w.data<unknown[]>('organisaties.lijst', {})).length;
    const organisatiesVoor = await organisaties();
    werkerLezen.grenzen.geheugenMb = 8;
    werkerLezen.grenzen.jongGeheugenMb = 1;
    const geweigerd = await inlezen();
    expect(geweigerd.ok).toBe(false);
    if (!geweigerd.ok) {
      expect(geweigerd.error.code).toBe('ONGELDIGE_INVOER');
      expect(geweigerd.error.message).toBe(TE_ZWAAR);
    }
    expect(TE_ZWAAR).toMatch(/^Dit Excel-bestand is te groot of te ingewikkeld om veilig te lezen\./);
    expect((await fs.readFile(w.path)).equals(voor)).toBe(true);
    expect(await organisaties()).toBe(organisatiesVoor);
  }, 60_000);

  it('stops a parse that takes longer than its time limit', async () => {
    const w = await ipcWerkgroep();
    const pad = await groteLijst(w.root);
    w.session.dialogs.chooseSpreadsheetToOpen = async () => pad;
    werkerLezen.grenzen.tijdMs = 50;
    const begin = performance.now();
    const r = (await w.invoke('organisaties.inlezen', {})) as Result<ImportVoorbeeld>;
    expect(r.ok || r.error.message).toBe(TE_ZWAAR);
    // Refused at the time limit, not after the parse would have finished (over a second here).
    expect(performance.now() - begin).toBeLessThan(1000);
  }, 60_000);
});
