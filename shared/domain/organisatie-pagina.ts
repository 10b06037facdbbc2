import type { Contract, SroiOverzicht, SroiRegel } from './contracten';
import type { AntwoordWaarde, DeelnameStatus, Vraag } from './inventarisatie';
import { antwoordAlsTekst } from './inventarisatie-antwoorden';
import { STAP_STATUSSEN, type StapStatus } from './kandidaten';
import type { Organisatie, OrganisatieSoort } from './organisaties';

/**
 * One organisation's page and its line in the organisation list export: what it offers, the
 * leerlijn steps it delivers, its contracts and its SROI figures. The figures are the organisation's
 * own row of the SROI overview (`verdeelSroi`), picked here, so page, list and SROI page agree.
 */

/** A leerlijn step the organisation delivers. The candidate by code; the name only when asked for. */
export interface GeleverdeStap {
  id: string;
  kandidaatId: string;
  kandidaatCode: string;
  /** Null unless the call asked for names (`metNamen`). */
  kandidaatNaam: string | null;
  optie: string;
  status: StapStatus;
  /** Actual start, else planned start. */
  van: string | null;
  /** Actual end, else planned end. */
  tot: string | null;
  /** The SROI value the step earned, if it counts. */
  waardeCent: number | null;
}

/** What the organisation answered in one inventarisatie round, as text per question. */
export interface RondeAntwoorden {
  rondeId: string;
  ronde: string;
  status: DeelnameStatus;
  ontvangenOp: string | null;
  antwoorden: { vraag: string; tekst: string }[];
}

/** Places offered per menukaart option (the capacity board's figures). */
export interface AanbodRegel {
  optie: string;
  plaatsen: number;
  bron: 'inventarisatie' | 'handmatig';
}

/** A contract the organisation holds as provider, or commissions as gemeente. */
export interface OrganisatieContract {
  rol: 'opdrachtnemer' | 'opdrachtgever';
  contract: Contract;
}

/** Whose row of the SROI overview an organisation has: a gemeente commissions, others provide. */
export type SroiKant = 'nemer' | 'gemeente';

export interface OrganisatieSroi {
  jaar: number;
  kant: SroiKant;
  /** The organisation's row of the overview of that year; null when it has none there. */
  regel: SroiRegel | null;
}

export interface OrganisatiePagina {
  organisatie: Organisatie;
  aanbod: AanbodRegel[];
  rondes: RondeAntwoorden[];
  stappen: GeleverdeStap[];
  contracten: OrganisatieContract[];
  sroi: OrganisatieSroi;
}

export const sroiKant = (soort: OrganisatieSoort): SroiKant => (soort === 'gemeente' ? 'gemeente' : 'nemer');

/** The organisation's own row of the SROI overview: per gemeente for a gemeente, else per aanbieder. */
export function sroiRegelVan(
  overzicht: Pick<SroiOverzicht, 'perOpdrachtnemer' | 'perGemeente'>,
  organisatie: Pick<Organisatie, 'id' | 'soort'>,
): SroiRegel | null {
  const regels =
    sroiKant(organisatie.soort) === 'gemeente' ? overzicht.perGemeente : overzicht.perOpdrachtnemer;
  return regels.find((r) => r.id === organisatie.id) ?? null;
}

/** The contracts the organisation provides, then those it commissions, each in the given order. */
export function contractenVan(contracten: readonly Contract[], id: string): OrganisatieContract[] {
  return [
    ...contracten
      .filter((c) => c.opdrachtnemerId === id)
      .map((contract) => ({ rol: 'opdrachtnemer' as const, contract })),
    ...contracten
      .filter((c) => c.opdrachtgevers.some((o) => o.gemeenteId === id))
      .map((contract) => ({ rol: 'opdrachtgever' as const, contract })),
  ];
}

/** The answered questions of a round as text, in the form's order; unanswered ones left out. */
export function antwoordenAlsTekst(
  vragen: readonly Vraag[],
  antwoorden: Readonly<Record<string, AntwoordWaarde>>,
): { vraag: string; tekst: string }[] {
  return vragen
    .map((v) => ({ vraag: v.tekst, tekst: antwoordAlsTekst(v, antwoorden[v.sleutel] ?? null) }))
    .filter((a) => a.tekst !== '');
}

export type StapAantallen = Record<StapStatus, number>;

export const geenStappen = (): StapAantallen =>
  Object.fromEntries(STAP_STATUSSEN.map((s) => [s, 0])) as StapAantallen;

/** Steps per organisation and status, from rows counted per pair. */
export function stapAantallenPerOrganisatie(
  rijen: readonly { organisatieId: string; status: StapStatus; aantal: number }[],
): Map<string, StapAantallen> {
  const per = new Map<string, StapAantallen>();
  for (const r of rijen) {
    const aantallen = per.get(r.organisatieId) ?? geenStappen();
    aantallen[r.status] += r.aantal;
    per.set(r.organisatieId, aantallen);
  }
  return per;
}

/** One line of the organisation list export. */
export interface OrganisatieLijstRegel {
  organisatie: Organisatie;
  stappen: StapAantallen;
  sroi: SroiRegel | null;
}
