import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Repositories read and write rows: no repository imports another (composition lives in
// electron/main/services/) and none takes the contract's input types from shared/api (a service
// maps them to storage types). Biome's noRestrictedImports says the same while editing (biome.json);
// this keeps it true for whatever runs the unit suite only.

const map = fileURLToPath(new URL('../../electron/main/store/repositories/', import.meta.url));
const bestanden = readdirSync(map).filter((f) => f.endsWith('.ts'));
const importsVan = (bestand: string) =>
  [...readFileSync(map + bestand, 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

describe('repository boundaries', () => {
  test('the folder holds the repositories this test reads', () => {
    expect(bestanden).toEqual(expect.arrayContaining(['leerlijn.ts', 'realisaties.ts', 'capaciteit.ts']));
  });

  test.each(bestanden)('%s imports no other repository and nothing from shared/api', (bestand) => {
    const verboden = importsVan(bestand).filter(
      (pad) => pad.startsWith('./') || pad.includes('/repositories/') || /(^|\/)shared\/api(\/|$)/.test(pad),
    );
    expect(verboden).toEqual([]);
  });
});
