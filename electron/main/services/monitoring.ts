import { aandachtspunten, sroiVoorMonitoring } from '../../../shared/domain/dashboard';
import { berekenKerncijfers, type MonitoringGegevens } from '../../../shared/domain/indicatoren';
import type { Dashboard, Kerncijfers, Periode } from '../../../shared/domain/monitoring';
import type { Db } from '../store/database';
import { listBijeenkomsten, listOpenActies } from '../store/repositories/bijeenkomsten';
import { sroiOverzicht } from '../store/repositories/contracten';
import { getRonde } from '../store/repositories/inventarisatie';
import { groepVan, monitoringRijen, nieuwsteRondeId } from '../store/repositories/monitoring';

/**
 * The dashboard and the key figures: the candidates' rows (monitoring), the SROI overview
 * (contracten), meetings, actions and the newest round read together; the arithmetic is
 * `shared/domain/indicatoren.ts`, the attention points `shared/domain/dashboard.ts`.
 */

/** Dates and numbers for the indicators; no name, code or free text of a candidate. */
export function monitoringGegevens(db: Db, periode: Periode): MonitoringGegevens {
  const sroi = sroiVoorMonitoring(sroiOverzicht(db, periode.van, periode.tot));
  return { ...monitoringRijen(db, periode), sroi };
}

export function kerncijfers(db: Db, periode: Periode, groepId: string | null): Kerncijfers {
  return berekenKerncijfers(monitoringGegevens(db, periode), periode, groepVan(db, groepId));
}

/** The start page: the key figures plus what needs attention now (actions, next meeting, a round). */
export function dashboard(db: Db, periode: Periode, groepId: string | null, vandaag: string): Dashboard {
  const rondeId = nieuwsteRondeId(db);
  return {
    ...kerncijfers(db, periode, groepId),
    ...aandachtspunten(
      {
        nieuwsteRonde: rondeId ? getRonde(db, rondeId) : undefined,
        openActies: listOpenActies(db),
        bijeenkomsten: listBijeenkomsten(db),
      },
      vandaag,
    ),
  };
}
