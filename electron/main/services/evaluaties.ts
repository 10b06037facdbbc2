import type { EvaluatieMomentopname } from '../../../shared/domain/monitoring';
import { nuIso } from '../../../shared/klok';
import type { Db } from '../store/database';
import {
  conceptPeriode,
  type EvaluatieGegevens,
  schrijfEvaluatie,
  vervangMomentopname,
} from '../store/repositories/evaluaties';
import { lessenInPeriode } from '../store/repositories/lessen';
import { kerncijfers } from './monitoring';

/**
 * Evaluations for the FO take a snapshot of the key figures and the lessons of their period; the
 * evaluaties repository stores it. Runs inside the caller's write.
 */

function momentopname(
  db: Db,
  { van, tot, groepId }: Omit<EvaluatieGegevens, 'titel'>,
): EvaluatieMomentopname {
  return { cijfers: kerncijfers(db, { van, tot }, groepId), lessen: lessenInPeriode(db, van, tot, groepId) };
}

export function maakEvaluatie(db: Db, data: EvaluatieGegevens, nu = nuIso()): string {
  return schrijfEvaluatie(db, data, momentopname(db, data), nu);
}

/** Freezes the figures again with today's data; only while it is a concept. */
export function vernieuwEvaluatie(db: Db, id: string, nu = nuIso()): void {
  vervangMomentopname(db, id, momentopname(db, conceptPeriode(db, id)), nu);
}
