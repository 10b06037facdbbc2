// Every test process runs on the product's clock; scripts/test-all.mjs fixes it with TAFELWERK_NU
// to run the date-sensitive tests on 31 December, 1 January and a leap day (see shared/klok.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { klokUitOmgeving, zetKlok } from '../shared/klok';

// Workers run several files one after another (vitest.config.ts, isolate: false): a clock a file
// shifted must not carry over into the next.
zetKlok(null);
klokUitOmgeving(process.env);

// The command line keeps failed passphrases in the user's app data folder (electron/cli/ontgrendelen.ts);
// tests that run it in this process keep theirs in a folder of their own, never the real one.
process.env.TAFELWERK_USERDATA ??= mkdtempSync(join(tmpdir(), 'tafelwerk-userdata-'));
