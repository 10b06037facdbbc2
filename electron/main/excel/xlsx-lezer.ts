import { Worker } from 'node:worker_threads';
import { AppFault } from '../errors';
import type { PlatBlad } from './plat-werkboek';
import { lezerPad } from './xlsx-lezer-pad';

/**
 * Parses an imported workbook in a worker thread with its own memory limit and a time limit.
 * The gate (xlsx-poort.ts) already refuses by counting what makes exceljs slow; this bounds what
 * counting cannot see (long texts, styles, merged cells, validations), so no accepted file can
 * take the app's memory or hang it. A worker that runs out of memory or time is stopped and the
 * file refused; nothing has been stored at that point.
 */

/** Far above what a workbook at the gate's limits needs (about 100 MB), far below a laptop's memory. */
const STANDAARD = {
  geheugenMb: 512,
  jongGeheugenMb: 64,
  stapelMb: 4,
  /** A workbook at the cell limit parses in about 1.5 s; a minute only stops a hang. */
  tijdMs: 60_000,
};

/**
 * The limits in force, and how many parses were started. Changed only by tests: a tiny limit
 * proves the refusal, the count proves the gate refuses before any parse.
 */
export const werkerLezen = { grenzen: { ...STANDAARD }, gestart: 0 };

export const TE_ZWAAR =
  'Dit Excel-bestand is te groot of te ingewikkeld om veilig te lezen. Er is niets uit ingelezen. ' +
  'Kopieer alleen de waarden van de lijst naar een nieuw Excel-bestand en lees dat in.';

/** The sheets of the workbook in `bytes`, or null when exceljs cannot read it at all. */
export function leesInWerker(bytes: Uint8Array): Promise<PlatBlad[] | null> {
  const { geheugenMb, jongGeheugenMb, stapelMb, tijdMs } = werkerLezen.grenzen;
  werkerLezen.gestart++;
  // A copy is handed over, so the caller's bytes stay usable.
  const kopie = bytes.slice();
  const werker = new Worker(lezerPad(), {
    workerData: kopie,
    transferList: [kopie.buffer],
    resourceLimits: {
      maxOldGenerationSizeMb: geheugenMb,
      maxYoungGenerationSizeMb: jongGeheugenMb,
      stackSizeMb: stapelMb,
    },
    // The worker gets no copy of the app's environment (it needs none).
    env: {},
  });
  return new Promise((klaar, mislukt) => {
    let afgehandeld = false;
    const einde = (doe: () => void) => {
      if (afgehandeld) return;
      afgehandeld = true;
      clearTimeout(wekker);
      doe();
      void werker.terminate();
    };
    const teZwaar = () => einde(() => mislukt(new AppFault('ONGELDIGE_INVOER', TE_ZWAAR)));
    const wekker = setTimeout(teZwaar, tijdMs);
    werker.once('message', (bladen: PlatBlad[] | null) => einde(() => klaar(bladen)));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a stack overflow, or any other crash of the
    // parser: all mean this file cannot be read safely.
    werker.once('error', teZwaar);
    werker.once('exit', teZwaar);
  });
}
