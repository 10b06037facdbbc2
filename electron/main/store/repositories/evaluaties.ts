import { vulOudeCijfersAan } from '../../../../shared/domain/indicatoren';
import type {
  Evaluatie,
  EvaluatieMomentopname,
  EvaluatieRegel,
  EvaluatieStatus,
} from '../../../../shared/domain/monitoring';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { haalTerug } from '../terughalen';

/**
 * Evaluations for the FO. The figures and the lessons of the period are frozen as JSON when the
 * evaluation is made (or refreshed while it is a concept); once sent to the FO nothing changes.
 * `services/evaluaties.ts` takes the snapshot.
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
  const m = JSON.parse(r.momentopname_json) as EvaluatieMomentopname;
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

export interface EvaluatieGegevens {
  titel: string;
  van: string;
  tot: string;
  groepId: string | null;
}

/** Stores a new evaluation with the snapshot taken for it. */
export function schrijfEvaluatie(
  db: Db,
  data: EvaluatieGegevens,
  momentopname: EvaluatieMomentopname,
  nu = nuIso(),
): string {
  return db.insert('evaluatie', {
    titel: data.titel,
    van: data.van,
    tot: data.tot,
    groep_id: data.groepId,
    vastgelegd_op: nu,
    momentopname_json: JSON.stringify(momentopname),
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

/** The period and group of an evaluation that may still change (a concept); refused otherwise. */
export function conceptPeriode(db: Db, id: string): Omit<EvaluatieGegevens, 'titel'> {
  const r = rij(db, id);
  alleenConcept(r);
  return { van: r.van, tot: r.tot, groepId: r.groep_id };
}

/** Freezes new figures into a concept; a sent evaluation is refused here too. */
export function vervangMomentopname(
  db: Db,
  id: string,
  momentopname: EvaluatieMomentopname,
  nu = nuIso(),
): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, { vastgelegd_op: nu, momentopname_json: JSON.stringify(momentopname) });
}

export function verzendEvaluatie(db: Db, id: string, vandaag: string): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, { status: 'verzonden', verzonden_op: vandaag });
}

export function deleteEvaluatie(db: Db, id: string): void {
  alleenConcept(rij(db, id));
  db.update('evaluatie', id, { deleted_at: nuIso() });
}

export function herstelEvaluatie(db: Db, id: string): void {
  haalTerug(db, 'evaluatie', id, 'Deze evaluatie');
}
