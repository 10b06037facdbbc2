import type { Evaluatie, Periode } from '../../../shared/domain/monitoring';
import { formatDatum } from '../../../shared/format/nl';
import { nu } from '../../../shared/klok';
import type { EvaluatieInhoud } from '../excel/fo-evaluatie-blad';
import type { FoPakketGegevens } from '../excel/fo-pakket';
import type { Db } from '../store/database';
import { sroiOverzicht } from '../store/repositories/contracten';
import { getEvaluatie, listEvaluaties } from '../store/repositories/evaluaties';
import { listRondes, rondeResultaten } from '../store/repositories/inventarisatie';
import { lessenInPeriode } from '../store/repositories/lessen';
import { getPlanning } from '../store/repositories/planning';
import { getWerkgroep } from '../store/repositories/werkgroep';
import { kerncijfers } from './monitoring';

const inhoudVan = (e: Evaluatie): EvaluatieInhoud => ({
  titel: e.titel,
  status: e.verzondenOp ? `naar de FO op ${formatDatum(e.verzondenOp)}` : 'concept',
  vastgelegdOp: e.vastgelegdOp,
  cijfers: e.cijfers,
  lessen: e.lessen,
  conclusies: e.conclusies,
  voorstellen: e.voorstellen,
});

/** Live figures for a period when no evaluation was made for it. */
function actueel(db: Db, periode: Periode, vandaag: string): EvaluatieInhoud {
  return {
    titel: `Cijfers ${formatDatum(periode.van)} t/m ${formatDatum(periode.tot)}`,
    status: 'geen vastgestelde evaluatie, actuele cijfers',
    vastgelegdOp: vandaag,
    cijfers: kerncijfers(db, periode, null),
    lessen: lessenInPeriode(db, periode.van, periode.tot, null),
    conclusies: null,
    voorstellen: null,
  };
}

/** The evaluation made for exactly this period (a sent one before a concept), if any. */
export function evaluatieVoorPeriode(db: Db, periode: Periode): string | null {
  const passend = listEvaluaties(db).filter(
    (e) => e.periode.van === periode.van && e.periode.tot === periode.tot,
  );
  return (passend.find((e) => e.status === 'verzonden') ?? passend[0])?.id ?? null;
}

/**
 * Everything the FO-pakket shows, read in one go: an evaluation's frozen figures (or the live ones
 * for a period), and today's planning, latest inventarisatie round and SROI overview.
 */
export function foPakketGegevens(
  db: Db,
  bron: { evaluatieId: string } | { periode: Periode },
  vandaag: string,
  gemaaktOp = nu(),
): FoPakketGegevens {
  const evaluatie =
    'evaluatieId' in bron
      ? inhoudVan(getEvaluatie(db, bron.evaluatieId))
      : actueel(db, bron.periode, vandaag);
  const periode = evaluatie.cijfers.periode;
  const ronde = listRondes(db)[0];
  return {
    werkgroep: getWerkgroep(db).naam,
    vandaag,
    gemaaktOp,
    evaluatie,
    planning: getPlanning(db),
    inventarisatie: ronde ? rondeResultaten(db, ronde.id) : null,
    sroi: sroiOverzicht(db, periode.van, periode.tot),
  };
}
