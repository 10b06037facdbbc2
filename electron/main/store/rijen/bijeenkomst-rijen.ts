import type {
  Actiepunt,
  ActieStatus,
  Bijeenkomst,
  BijeenkomstSoort,
} from '../../../../shared/domain/bijeenkomsten';

/** The rows of the meeting tables as SQL returns them, and how they become the domain's shapes. */

export interface BijeenkomstRow {
  id: string;
  soort: BijeenkomstSoort;
  datum: string;
  tijd: string | null;
  plaats: string | null;
  agendapunten: number;
  besluiten: number;
}

export const toBijeenkomst = (r: BijeenkomstRow): Bijeenkomst => ({
  id: r.id,
  soort: r.soort,
  datum: r.datum,
  tijd: r.tijd,
  plaats: r.plaats,
  aantalAgendapunten: r.agendapunten,
  aantalBesluiten: r.besluiten,
});

export interface BesluitRow {
  id: string;
  nummer: number;
  tekst: string;
  bijeenkomst_id: string;
  datum: string;
  soort: BijeenkomstSoort;
  activiteit_id: string | null;
  activiteit_titel: string | null;
}

export interface ActieRow {
  id: string;
  omschrijving: string;
  eigenaar: string | null;
  deadline: string | null;
  status: ActieStatus;
  bijeenkomst_id: string | null;
  datum: string | null;
  soort: BijeenkomstSoort | null;
  keer_uitgesteld: number;
  besluit_id: string | null;
  besluit_nummer: number | null;
  besluit_bijeenkomst_id: string | null;
  activiteit_id: string | null;
  activiteit_titel: string | null;
}

export const toActie = (r: ActieRow): Actiepunt => ({
  id: r.id,
  omschrijving: r.omschrijving,
  eigenaar: r.eigenaar,
  deadline: r.deadline,
  status: r.status,
  bijeenkomstId: r.bijeenkomst_id,
  bijeenkomstDatum: r.datum,
  bijeenkomstSoort: r.soort,
  keerUitgesteld: r.keer_uitgesteld,
  besluitId: r.besluit_id,
  besluitNummer: r.besluit_nummer,
  besluitBijeenkomstId: r.besluit_bijeenkomst_id,
  activiteitId: r.activiteit_id,
  activiteitTitel: r.activiteit_titel,
});
