import type { HERSTELBAAR } from '../../../shared/api/schemas';
import type { Db } from '../store/database';
import { herstelBesluit, herstelBijeenkomst } from '../store/repositories/bijeenkomsten';
import { herstelEvaluatie } from '../store/repositories/evaluaties';
import { herstelLes } from '../store/repositories/lessen';
import { herstelActiviteit, herstelFase, herstelMijlpaal } from '../store/repositories/planning';
import { herstelRealisatie } from '../store/repositories/realisaties';

export type Herstelbaar = (typeof HERSTELBAAR)[number];

interface Terugzetter {
  /** The kind of record in the audit log, as its own delete logs it. */
  logSoort: string;
  /** Starts the log line: "Realisatie teruggezet (ongedaan maken)"; logged as a change (not "gemaakt", which reads as a creation). */
  naam: string;
  zetTerug: (db: Db, id: string) => unknown;
}

/**
 * Undo of a delete, for every record whose delete leaves its content under a tombstone. Steps and
 * measurements are deleted for real (their free text is about a person) and an AVG erasure is final:
 * neither is here, so neither can come back.
 */
const TERUGZETTERS: Record<Herstelbaar, Terugzetter> = {
  realisatie: { logSoort: 'realisatie', naam: 'Realisatie', zetTerug: herstelRealisatie },
  les: { logSoort: 'les', naam: 'Les', zetTerug: herstelLes },
  evaluatie: { logSoort: 'evaluatie', naam: 'Evaluatie', zetTerug: herstelEvaluatie },
  besluit: { logSoort: 'bijeenkomst', naam: 'Besluit', zetTerug: herstelBesluit },
  bijeenkomst: { logSoort: 'bijeenkomst', naam: 'Bijeenkomst', zetTerug: herstelBijeenkomst },
  fase: { logSoort: 'planning', naam: 'Fase', zetTerug: herstelFase },
  activiteit: { logSoort: 'planning', naam: 'Activiteit', zetTerug: herstelActiviteit },
  mijlpaal: { logSoort: 'planning', naam: 'Mijlpaal', zetTerug: herstelMijlpaal },
};

/** What the audit log says about bringing a record back. */
export function herstelLogregel(soort: Herstelbaar): { logSoort: string; omschrijving: string } {
  const t = TERUGZETTERS[soort];
  return { logSoort: t.logSoort, omschrijving: `${t.naam} teruggezet (ongedaan maken)` };
}

export function zetVerwijderdTerug(db: Db, soort: Herstelbaar, id: string): void {
  TERUGZETTERS[soort].zetTerug(db, id);
}
