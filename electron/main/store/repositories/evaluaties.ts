import { vulOudeCijfersAan } from '../../../../shared/domain/indicatoren';
import type {
  Evaluatie,
  EvaluatieRegel,
  EvaluatieStatus,
  Kerncijfers,
  Les,
} from '../../../../shared/domain/monitoring';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { lessenInPeriode } from './lessen';
import { kerncijfers } from './monitoring';

/**
 * Evaluations for the FO. The figures and the lessons of the period are frozen as JSON when the
 * evaluation is made (or refreshed while it is a concept); once sent to the FO nothing changes.
 */

interface EvaluatieRow {
  id: string;
  titel: string;
  van: string;
  tot: string;
  groep_id: string | null;
  groep_naam: string | null;
  status: EvaluatieStatus;
  verzonden_op: string | null;
  vastgelegd_op: string;
  momentopname_json: string;
  conclusies: string | null;
  voorstellen: string | null;
}

interface Momentopname {
  cijfers: Kerncijfers;
  lessen: Les[];
}

const EVALUATIE_SQL = `
  SELECT e.*, g.naam AS groep_naam FROM evaluatie e LEFT JOIN groep g ON g.id = e.groep_id
   WHERE e.deleted_at IS NULL`;

const toRegel = (r: EvaluatieRow): EvaluatieRegel => ({
  id: r.id,
  titel: r.titel,
  periode: { van: r.van, tot: r.tot },
  groepNaam: r.groep_naam,
  status: r.status,
  verzondenOp: r.verzonden_op,
});

export function listEvaluaties(db: Db): EvaluatieRegel[] {
  return db.all<EvaluatieRow>(`${EVALUATIE_SQL} ORDER BY e.tot DESC, e.created_at DESC`).map(toRegel);
}

function rij(db: Db, id: string): EvaluatieRow {
  const r = db.get<EvaluatieRow>(`${EVALUATIE_SQL} AND e.id = ?`, [id]);
  if (!r) throw new AppFault('NIET_GEVONDEN', 'Deze evaluatie bestaat niet (meer).');
  return r;
}

export function getEvaluatie(db: Db, id: string): Evaluatie {
  const r = rij(db, id);
  const m = JSON.parse(r.momentopname_json) as Momentopname;
  return {
    ...toRegel(r),
    groepId: r.groep_id,
    vastgelegdOp: r.vastgelegd_op,
    cijfers: vulOudeCijfersAan(m.cijfers),
    lessen: m.lessen,
    conclusies: r.conclusies,
    voorstellen: r.voorstellen,
  };
}

const momentopname = (db: Db, van: string, tot: string, groepId: string | null): string =>
  JSON.stringify({
    cijfers: kerncijfers(db, { van, tot }, groepId),
    lessen: lessenInPeriode(db, van, tot, groepId),
  } satisfies Momentopname);

export function maakEvaluatie(
  db: Db,
  data: { titel: string; van: string; tot: string; groepId: string | null },
  nu = nuIso(),
): string {
  return db.insert('evaluatie', {
    titel: data.titel,
    van: data.van,
    tot: data.tot,
    groep_id: data.groepId,
    vastgelegd_op: nu,
    momentopname_json: momentopname(db, data.van, data.tot, data.groepId),
  });
}

function alleenConcept(r: EvaluatieRow): void {
  if (r.status !== 'concept')
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze evaluatie is al naar de FO gestuurd en verandert niet meer. Maak een nieuwe evaluatie als er iets bij moet.',
    );
}

export function saveEvaluatieTekst(
  db: Db,
  id: string,
  data: { titel: string; conclusies: string | null; voorstellen: string | null },
): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, data);
}

/** Freezes the figures again with today's data; only while it is a concept. */
export function vernieuwEvaluatie(db: Db, id: string, nu = nuIso()): void {
  const r = rij(db, id);
  alleenConcept(r);
  db.update('evaluatie', id, {
    vastgelegd_op: nu,
    momentopname_json: momentopname(db, r.van, r.tot, r.groep_id),
  });
}

export function verzendEvaluatie(db: Db, id: string, vandaag: string): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, { status: 'verzonden', verzonden_op: vandaag });
}

export function deleteEvaluatie(db: Db, id: string): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, { deleted_at: nuIso() });
}
