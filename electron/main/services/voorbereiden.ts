import {
  type AgendaVoorstel,
  stelAgendaVoor,
  type VoorbereidingsGegevens,
  vorigeBijeenkomst,
} from '../../../shared/domain/voorbereiden';
import type { Db } from '../store/database';
import { listBijeenkomsten, listOpenActies } from '../store/repositories/bijeenkomsten';
import { getPlanning } from '../store/repositories/planning';
import { groepNieuws, wachtendeRondes } from '../store/repositories/voorbereiden';

/**
 * Gathers the live data for preparing a meeting on `datum`. "Since the last meeting" uses the
 * business dates (a step's start, a measurement's date), not when a row was typed in: a step
 * entered late still started when it started.
 */
export function voorbereidingsGegevens(db: Db, datum: string, vandaag: string): VoorbereidingsGegevens {
  const vorige = vorigeBijeenkomst(listBijeenkomsten(db), datum, vandaag);
  const planning = getPlanning(db);
  return {
    vorige,
    openActies: listOpenActies(db),
    activiteiten: planning.fasen.flatMap((f) => f.activiteiten),
    mijlpalen: planning.mijlpalen,
    groepen: groepNieuws(db, vorige?.datum ?? '0000-00-00', vandaag),
    rondes: wachtendeRondes(db),
  };
}

export function agendaVoorstel(db: Db, datum: string, vandaag: string): AgendaVoorstel {
  return stelAgendaVoor(voorbereidingsGegevens(db, datum, vandaag), vandaag);
}
