import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { LANGZAAM } from '../langzaam-eerst';

const root = fileURLToPath(new URL('../../', import.meta.url));

// A renamed slow file would silently lose its early start and bring the long tail back.
test('every file the sequencer starts first still exists under its name', () => {
  const ontbrekend = Object.keys(LANGZAAM).filter((pad) => !existsSync(root + pad));
  expect(ontbrekend).toEqual([]);
  expect(Object.keys(LANGZAAM).length).toBeGreaterThan(0);
});
