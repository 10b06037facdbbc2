import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, USAGE } from '../../electron/cli/run';
import { APP_SCHEMA_VERSION } from '../../electron/main/store/migrations';
import { exists, openRaw, scalar, tempDir } from './helpers/temp';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tafelwerk command line', () => {
  test('no arguments: exit 2 with the usage on stderr', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.err).toContain(USAGE);
    expect(result.err).toMatch(/Geef een opdracht op/);
    expect(result.out).toBe('');
  });

  test('help prints the usage on stdout and exits 0', async () => {
    const result = await run('help');
    expect(result).toEqual({ code: 0, out: USAGE, err: '' });
  });

  test('an unknown command: exit 2', async () => {
    const result = await run('verwijder', 'x.tafelwerk');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Onbekende opdracht: verwijder/);
  });

  test('voorbeeld writes a new file; a second time on the same file is refused', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    const first = await run('voorbeeld', file);
    expect(first.code).toBe(0);
    expect(first.err).toBe('');
    expect(first.out).toContain(file);
    expect(await exists(file)).toBe(true);
    expect(await exists(`${file}.lock`)).toBe(false);
    const before = await fs.readFile(file);

    const second = await run('voorbeeld', file);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/^Geweigerd: .*bestaat al/);
    expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
  });

  test('voorbeeld without a file or with an option is a usage error', async () => {
    expect((await run('voorbeeld')).code).toBe(2);
    const dir = await tempDir();
    const withOption = await run('voorbeeld', join(dir, 'x.tafelwerk'), '--force');
    expect(withOption.code).toBe(2);
    expect(withOption.err).toMatch(/Onbekende optie: --force/);
    expect(await exists(join(dir, 'x.tafelwerk'))).toBe(false);
  });

  test('options are read by util.parseArgs and its mistakes are said in Dutch', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    expect((await run('voorbeeld', file)).code).toBe(0);
    const zonderWaarde = await run('export', 'sroi', file, '--out');
    expect(zonderWaarde.code).toBe(2);
    expect(zonderWaarde.err).toMatch(/--out verwacht een waarde/);
    const vlagMetWaarde = await run('info', file, '--json=ja');
    expect(vlagMetWaarde.code).toBe(2);
    expect(vlagMetWaarde.err).toMatch(/--json neemt geen waarde/);
    // `--out=pad` is the same as `--out pad`.
    const uit = join(dir, 'sroi.xlsx');
    expect((await run('export', 'sroi', file, `--out=${uit}`)).code).toBe(0);
    expect(await exists(uit)).toBe(true);
  });

  test('info --json reports the schema version and counts that match the file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    expect((await run('voorbeeld', file)).code).toBe(0);

    const result = await run('info', file, '--json');
    expect(result.code).toBe(0);
    const info = JSON.parse(result.out);
    expect(info.schemaversie).toBe(APP_SCHEMA_VERSION);
    expect(info.appSchemaversie).toBe(APP_SCHEMA_VERSION);

    const raw = await openRaw(file);
    const direct = {
      kandidaten: scalar(raw, 'SELECT COUNT(*) FROM kandidaat WHERE deleted_at IS NULL'),
      gemeenten: scalar(
        raw,
        `SELECT COUNT(*) FROM organisatie WHERE soort = 'gemeente' AND deleted_at IS NULL`,
      ),
      besluiten: scalar(raw, 'SELECT COUNT(*) FROM besluit WHERE deleted_at IS NULL'),
      openActiepunten: scalar(
        raw,
        `SELECT COUNT(*) FROM actiepunt WHERE status = 'open' AND deleted_at IS NULL`,
      ),
      naam: scalar(raw, 'SELECT naam FROM werkgroep'),
    };
    raw.close();
    expect(info.tellingen.kandidaten).toBeGreaterThan(0);
    expect(info.tellingen).toMatchObject({
      kandidaten: direct.kandidaten,
      gemeenten: direct.gemeenten,
      besluiten: direct.besluiten,
      openActiepunten: direct.openActiepunten,
    });
    expect(info.werkgroep.naam).toBe(direct.naam);
  });

  test('info without --json prints Dutch labels and does not lock or change the file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    await run('voorbeeld', file);
    const before = await fs.readFile(file);
    const result = await run('info', file);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Schema:\s+versie \d+/);
    expect(result.out).toMatch(/Kandidaten\s+\d+/);
    expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
    expect(await exists(`${file}.lock`)).toBe(false);
  });

  test('info on a garbage file: exit 1 with the reason', async () => {
    const dir = await tempDir();
    const file = join(dir, 'rommel.tafelwerk');
    await fs.writeFile(file, 'dit is geen sqlite-bestand '.repeat(100));
    const result = await run('info', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Geweigerd: .*beschadigd/);
  });

  test('info on a missing file: exit 1', async () => {
    const dir = await tempDir();
    const result = await run('info', join(dir, 'weg.tafelwerk'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/niet gevonden/);
  });

  test('info with an unknown option: exit 2', async () => {
    const dir = await tempDir();
    const file = join(dir, 'voorbeeld.tafelwerk');
    await run('voorbeeld', file);
    const result = await run('info', file, '--xml');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Onbekende optie: --xml/);
    expect(result.out).toBe('');
  });
});
