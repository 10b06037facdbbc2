import { randomUUID } from 'node:crypto';
import type { Voortgang } from '../../../../shared/domain/monitoring';
import { vandaagIso } from '../../../../shared/format/nl';
import { AppFault } from '../../errors';
import { FO_STAPPEN, foPakketWerkboek } from '../../excel/fo-pakket';
import { schrijfWerkboek } from '../../excel/werkboek';
import { maakEvaluatie, vernieuwEvaluatie } from '../../services/evaluaties';
import { foPakketGegevens } from '../../services/fo-pakket';
import { type Session, safeFileName } from '../../services/session';
import {
  deleteEvaluatie,
  getEvaluatie,
  listEvaluaties,
  saveEvaluatieTekst,
  verzendEvaluatie,
} from '../../store/repositories/evaluaties';
import { deleteLes, getLes, listLessen, saveLes } from '../../store/repositories/lessen';
import type { GebiedHandlers } from '../handler-types';
import { logExport, schrijver } from '../schrijf';

/** One step per sheet, plus writing the file. */
const TOTAAL = FO_STAPPEN.length + 1;

/**
 * The lessons log, evaluations (frozen figures, sent to the FO) and the FO-pakket, which is built in
 * the background after the user chose where it goes while the screen polls its progress. The
 * data is read before the first step, so later edits cannot mix into it.
 */
export function evaluatieHandlers(session: Session): GebiedHandlers<'evaluatie'> {
  const taken = new Map<string, Voortgang>();
  const schrijf = schrijver(session);
  const db = () => session.requireFile().db;
  const evaluatieNa = async (omschrijving: string, werk: Parameters<typeof schrijf>[2], id?: string) => {
    const result = await schrijf('evaluatie', omschrijving, werk);
    return getEvaluatie(db(), id ?? (result as string));
  };
  return {
    'evaluatie.foPakket': async ({ evaluatieId }) => {
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
    'evaluatie.foPakketVoortgang': ({ taak }) => {
      const v = taken.get(taak);
      if (!v) throw new AppFault('NIET_GEVONDEN', 'Deze export is niet (meer) bekend.');
      // A finished task is forgotten once its end has been read.
      if (v.pad || v.fout) taken.delete(taak);
      return v;
    },
    'evaluatie.lessen': () => listLessen(db()),
    'evaluatie.lesOpslaan': async ({ id, ...data }) =>
      getLes(
        db(),
        await schrijf('les', id ? 'Les gewijzigd' : 'Les vastgelegd', (d) =>
          saveLes(d, data, session.auteur, id),
        ),
      ),
    'evaluatie.lesVerwijderen': async ({ id }) => {
      await schrijf('les', 'Les verwijderd', (d) => deleteLes(d, id), id);
      return null;
    },
    'evaluatie.lijst': () => listEvaluaties(db()),
    'evaluatie.detail': ({ id }) => getEvaluatie(db(), id),
    'evaluatie.maken': (data) => evaluatieNa('Evaluatie gemaakt', (d) => maakEvaluatie(d, data)),
    'evaluatie.opslaan': ({ id, ...tekst }) =>
      evaluatieNa('Evaluatie gewijzigd', (d) => saveEvaluatieTekst(d, id, tekst), id),
    'evaluatie.vernieuwen': ({ id }) =>
      evaluatieNa('Cijfers van de evaluatie vernieuwd', (d) => vernieuwEvaluatie(d, id), id),
    'evaluatie.verzenden': ({ id }) =>
      evaluatieNa('Evaluatie naar de FO gestuurd', (d) => verzendEvaluatie(d, id, vandaagIso()), id),
    'evaluatie.verwijderen': async ({ id }) => {
      await schrijf('evaluatie', 'Evaluatie verwijderd', (d) => deleteEvaluatie(d, id), id);
      return null;
    },
  };
}
