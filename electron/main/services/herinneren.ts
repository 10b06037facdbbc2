import {
  type Herinnering,
  herinneringTekst,
  mailtoUrl,
  type TeHerinneren,
} from '../../../shared/domain/inventarisatie-herinneren';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import { getRonde, teHerinneren } from '../store/repositories/inventarisatie';
import { getWerkgroep } from '../store/repositories/werkgroep';

/** The reminder list of a round: who has not answered, with their address, and the ready text. */
export function herinnerlijst(db: Db, rondeId: string): Herinnering & { ontvangers: TeHerinneren[] } {
  return {
    ...herinneringTekst(getRonde(db, rondeId), getWerkgroep(db).naam),
    ontvangers: teHerinneren(db, rondeId),
  };
}

/**
 * The mailto: URL for one organisation that has not answered, or (null) for all of them with an
 * address. Built here from ids only: the renderer can never have main open a URL of its choosing.
 */
export function herinneringMailto(
  db: Db,
  rondeId: string,
  organisatieId: string | null,
): { url: string; aantal: number } {
  const lijst = herinnerlijst(db, rondeId);
  const gekozen = organisatieId
    ? lijst.ontvangers.filter((o) => o.organisatieId === organisatieId)
    : lijst.ontvangers;
  if (organisatieId && gekozen.length === 0)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze organisatie heeft al geantwoord of is in deze ronde niet gevraagd.',
    );
  const adressen = gekozen.flatMap((o) => (o.email ? [o.email.trim()] : []));
  if (adressen.length === 0)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Er is geen e-mailadres om naar te mailen. Vul het e-mailadres in op de pagina van de organisatie.',
    );
  try {
    return { url: mailtoUrl(adressen, lijst, organisatieId === null), aantal: adressen.length };
  } catch (e) {
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `${(e as Error).message} Verbeter het op de pagina van de organisatie.`,
    );
  }
}
