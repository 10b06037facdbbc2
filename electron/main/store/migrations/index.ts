import { m001Basis } from './001_basis';
import { m002PlanningBijeenkomsten } from './002_planning_bijeenkomsten';
import { m003Organisaties } from './003_organisaties';
import { m004Contracten } from './004_contracten';
import { m005Waardering } from './005_waardering';
import { m006Kandidaten } from './006_kandidaten';
import { m007Inventarisatie } from './007_inventarisatie';
import { m008Capaciteit } from './008_capaciteit';
import { m009Planning } from './009_planning';
import { m010Bijeenkomsten } from './010_bijeenkomsten';
import { m011Monitoring } from './011_monitoring';
import { m012Logboek } from './012_logboek';
import { m013Indexen } from './013_indexen';
import { m014KandidaatStand } from './014_kandidaat_stand';
import { m015Verwijderd } from './015_verwijderd';
import { m016FormulierSleutel } from './016_formulier_sleutel';
import { m017ActieUitgesteld } from './017_actie_uitgesteld';
import { m018DeelnameData } from './018_deelname_data';
import { m019Wijzigingslog } from './019_wijzigingslog';
import { m020BesluitActieKeten } from './020_besluit_actie_keten';
import { m021KopieZonderPersoonsgegevens } from './021_kopie_zonder_persoonsgegevens';
import type { Migration } from './types';

/** Ordered; never reorder or edit a released migration, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  m001Basis,
  m002PlanningBijeenkomsten,
  m003Organisaties,
  m004Contracten,
  m005Waardering,
  m006Kandidaten,
  m007Inventarisatie,
  m008Capaciteit,
  m009Planning,
  m010Bijeenkomsten,
  m011Monitoring,
  m012Logboek,
  m013Indexen,
  m014KandidaatStand,
  m015Verwijderd,
  m016FormulierSleutel,
  m017ActieUitgesteld,
  m018DeelnameData,
  m019Wijzigingslog,
  m020BesluitActieKeten,
  m021KopieZonderPersoonsgegevens,
];

export const APP_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.versie ?? 0;
