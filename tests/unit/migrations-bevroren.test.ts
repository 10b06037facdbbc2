import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { parseSync } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { STANDAARD_SJABLOON } from '../../shared/domain/inventarisatie';
import { STANDAARD_MENUKAART } from '../../shared/domain/menukaart';
import { schemaDb } from './helpers/werkgroep-db';

/**
 * A migration is history: it must do to a file next year exactly what it did when it was released.
 * So a migration file holds its own SQL and data, and imports nothing that runs (a live constant
 * that changes later would rewrite history); types are fine, they vanish at build time.
 */

const MAP = join(__dirname, '../../electron/main/store/migrations');
const MIGRATIEBESTANDEN = readdirSync(MAP).filter((n) => /^\d{3}_.+\.ts$/.test(n));

/** Every import or re-export of a file that brings in a value (not only types), as `bestand: bron`. */
function waardeImports(naam: string): string[] {
  const { module, errors } = parseSync(naam, readFileSync(join(MAP, naam), 'utf8'), { lang: 'ts' });
  expect(errors, naam).toEqual([]);
  const fout: string[] = [];
  for (const imp of module.staticImports) {
    // A side-effect import (`import './x'`) has no entries and runs the module.
    if (imp.entries.length === 0 || imp.entries.some((e) => !e.isType))
      fout.push(`${naam}: ${imp.moduleRequest.value}`);
  }
  for (const exp of module.staticExports)
    for (const e of exp.entries)
      if (e.moduleRequest && !e.isType) fout.push(`${naam}: ${e.moduleRequest.value}`);
  for (const dyn of module.dynamicImports) fout.push(`${naam}: import() at ${dyn.start}`);
  return fout;
}

describe('migrations are frozen history', () => {
  test('the migrations folder holds the numbered migration files', () => {
    expect(MIGRATIEBESTANDEN.length).toBeGreaterThanOrEqual(14);
  });

  test('no migration file imports anything but types', () => {
    expect(MIGRATIEBESTANDEN.flatMap(waardeImports)).toEqual([]);
  });

  test('the check sees a value import, a side-effect import and a re-export', () => {
    const bron = [
      "import type { A } from './a';",
      "import { type B, C } from './b';",
      "import './c';",
      "export { D } from './d';",
      'const x = import("./e");',
    ].join('\n');
    const { module } = parseSync('x.ts', bron, { lang: 'ts' });
    expect(module.staticImports.map((i) => [i.moduleRequest.value, i.entries.map((e) => e.isType)])).toEqual([
      ['./a', [true]],
      ['./b', [true, false]],
      ['./c', []],
    ]);
    expect(module.staticExports.flatMap((e) => e.entries.map((x) => x.moduleRequest?.value))).toEqual([
      './d',
    ]);
    expect(module.dynamicImports).toHaveLength(1);
  });
});

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/**
 * The standard menukaart and form were copied into migrations 005 and 007 when they were frozen,
 * equal to the shared constants at that moment. The constants may change (the settings page shows
 * them, "back to standard" uses them); a file only follows with a new migration.
 */
describe('standard data that new files get', () => {
  test('the menukaart of a new file is the standard menukaart', () => {
    const opties = schemaDb(SQL).all(
      `SELECT code, naam, omschrijving, waardering, volgorde FROM menukaart_optie
        WHERE deleted_at IS NULL AND gearchiveerd_op IS NULL ORDER BY volgorde`,
    );
    expect(
      opties,
      'STANDAARD_MENUKAART (shared/domain/menukaart.ts) differs from the menukaart a new file gets. ' +
        'Migration 005 is frozen history: bring new and existing files to the new menukaart with a new migration.',
    ).toEqual(STANDAARD_MENUKAART.map((o) => ({ ...o })));
  });

  test('the newest version of the standard form in a new file is the standard form', () => {
    const sjabloon = schemaDb(SQL).get<{ naam: string; secties_json: string }>(
      `SELECT naam, secties_json FROM formulier_sjabloon WHERE naam = ? AND deleted_at IS NULL
        ORDER BY versie DESC LIMIT 1`,
      [STANDAARD_SJABLOON.naam],
    );
    expect(
      sjabloon,
      'STANDAARD_SJABLOON (shared/domain/inventarisatie.ts) differs from the form a new file gets. ' +
        'Migration 007 is frozen history: add the new form as a new version in a new migration.',
    ).toEqual({ naam: STANDAARD_SJABLOON.naam, secties_json: JSON.stringify(STANDAARD_SJABLOON.secties) });
  });
});
