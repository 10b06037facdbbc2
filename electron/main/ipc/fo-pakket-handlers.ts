import { randomUUID } from 'node:crypto';
import type { Voortgang } from '../../../shared/domain/monitoring';
import { vandaagIso } from '../../../shared/format/nl';
import { AppFault } from '../errors';
import { FO_STAPPEN, foPakketWerkboek } from '../excel/fo-pakket';
import { schrijfWerkboek } from '../excel/werkboek';
import { foPakketGegevens } from '../services/fo-pakket';
import { type Session, safeFileName } from '../services/session';
import type { Handlers } from './handlers';
import { logExport } from './schrijf';

type Channels = 'export.foPakket' | 'export.voortgang';

/** One step per sheet, plus writing the file. */
const TOTAAL = FO_STAPPEN.length + 1;

/**
 * The FO-pakket is built in the background after the user chose where it goes; the screen polls
 * its progress. The data is read before the first step, so later edits cannot mix into it.
 */
export function foPakketHandlers(session: Session): Pick<Handlers, Channels> {
  const taken = new Map<string, Voortgang>();
  return {
    'export.foPakket': async ({ evaluatieId }) => {
      const db = session.requireFile().db;
      const vandaag = vandaagIso();
      const gegevens = foPakketGegevens(db, { evaluatieId }, vandaag);
      const pad = await session.dialogs.chooseSpreadsheetSaveLocation(
        `${safeFileName(`FO-pakket ${gegevens.werkgroep} ${gegevens.evaluatie.titel}`)}.xlsx`,
      );
      if (!pad) return null;
      const taak = randomUUID();
      const zet = (deel: Partial<Voortgang>) => {
        const oud = taken.get(taak) ?? {
          stap: 'Voorbereiden',
          gedaan: 0,
          totaal: TOTAAL,
          pad: null,
          fout: null,
        };
        taken.set(taak, { ...oud, ...deel });
      };
      zet({});
      let gedaan = 0;
      void foPakketWerkboek(gegevens, async (stap) => {
        zet({ stap, gedaan: gedaan++ });
        await new Promise<void>((klaar) => setImmediate(klaar));
      })
        .then(async (wb) => {
          zet({ stap: 'Opslaan', gedaan: FO_STAPPEN.length });
          await schrijfWerkboek(wb, pad);
          await logExport(session, 'FO-pakket');
          zet({ stap: 'Klaar', gedaan: TOTAAL, pad });
        })
        .catch((e: unknown) =>
          zet({
            fout: `Het FO-pakket kon niet worden gemaakt: ${e instanceof Error ? e.message : String(e)}. Er is niets opgeslagen.`,
          }),
        );
      return { taak };
    },
    'export.voortgang': ({ taak }) => {
      const v = taken.get(taak);
      if (!v) throw new AppFault('NIET_GEVONDEN', 'Deze export is niet (meer) bekend.');
      // A finished task is forgotten once its end has been read.
      if (v.pad || v.fout) taken.delete(taak);
      return v;
    },
  };
}
