// Every test process runs on the product's clock; scripts/test-all.mjs fixes it with TAFELWERK_NU
// to run the date-sensitive tests on 31 December, 1 January and a leap day (see shared/klok.ts).
import { klokUitOmgeving } from '../shared/klok';

klokUitOmgeving(process.env);
