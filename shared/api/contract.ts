import type { z } from 'zod';
import type { AanDeSlag } from '../domain/aan-de-slag';
import type { Aanbesteding, Aanbestedingskalender } from '../domain/aanbestedingen';
import type {
  Actiepunt,
  Besluit,
  Bijeenkomst,
  BijeenkomstDetail,
  PlanningVerwijzingen,
} from '../domain/bijeenkomsten';
import type { CapaciteitsOverzicht, OvergenomenAanbod, Voorstel } from '../domain/capaciteit';
import type { Contract as SroiContract, SroiOverzicht } from '../domain/contracten';
import type { GesleeptVoorbeeld, ImportVoorbeeld, KandidaatImportRij } from '../domain/import';
import type {
  AntwoordWaarde,
  FormulierenVoorbeeld,
  Ronde,
  RondeResultaten,
  Sjabloon,
} from '../domain/inventarisatie';
import type { Herinnering, TeHerinneren } from '../domain/inventarisatie-herinneren';
import type {
  BewaarOverzicht,
  Groep,
  GroepOverzicht,
  Kandidaat,
  KandidaatDossier,
  KandidaatRegel,
} from '../domain/kandidaten';
import type { LogRegel } from '../domain/logboek';
import type { MenukaartOptie } from '../domain/menukaart';
import type { Dashboard, Evaluatie, EvaluatieRegel, Les, Voortgang } from '../domain/monitoring';
import type { OrganisatiePagina } from '../domain/organisatie-pagina';
import type { Organisatie } from '../domain/organisaties';
import type { Planning } from '../domain/planning';
import type { Realisatie, Waarderingsinstellingen } from '../domain/realisaties';
import type { SamenvoegVerslag, SamenvoegVoorbeeld } from '../domain/samenvoegen';
import type {
  DocumentInfo,
  Gebruikersinstellingen,
  OpenResult,
  RecentFile,
  StartState,
  Tellingen,
  Werkgroep,
} from '../domain/types';
import type { AgendaVoorstel } from '../domain/voorbereiden';
import {
  aanDeSlagVerbergen,
  beveiligingInstellen,
  beveiligingNieuweHerstelcode,
  beveiligingUitzetten,
  beveiligingWijzigen,
  contractInvoer,
  exportOpenen,
  gebruikersinstellingenInvoer,
  herstelInvoer,
  kopieVoorLid,
  leeg,
  nieuweWerkgroepInvoer,
  ontgrendelInvoer,
  organisatieArchiveren,
  organisatieFilter,
  organisatieInvoer,
  organisatiePaginaInvoer,
  periodeInvoer,
  recentId,
  werkgroepInvoer,
} from './schemas';
import {
  aanbestedingGunnen,
  aanbestedingInvoer,
  aanbodInvoer,
  aanbodOvernemen,
  capaciteitPeriode,
  overnameTerugzetten,
  stapToewijzen,
  stapVoorstel,
  toewijzingTerugzetten,
} from './schemas-capaciteit';
import {
  antwoordenInvoer,
  deelnameSleutel,
  deelnameStatusInvoer,
  formulierenMaken,
  herinneringMailen,
  rondeId,
  rondeInvoer,
  sjabloonInvoer,
} from './schemas-inventarisatie';
import {
  avgVerwijderen,
  bewaartermijnInvoer,
  dossierInvoer,
  exportKandidatenInvoer,
  groepInvoer,
  groepOverzichtInvoer,
  groepPlaatsenInvoer,
  groepTerugplaatsenInvoer,
  kandidaatFilter,
  kandidaatInvoer,
  metingId,
  metingInvoer,
  planInvoer,
  stapId,
  stapInvoer,
  stappenVolgorde,
  terugvalInvoer,
  uitstroomInvoer,
} from './schemas-kandidaten';
import {
  bedragPerMaandInvoer,
  dashboardInvoer,
  evaluatieId,
  evaluatieMaken,
  evaluatieTekst,
  foPakketInvoer,
  lesId,
  lesInvoer,
  taakId,
} from './schemas-monitoring';
import {
  aanwezigenInvoer,
  actieInvoer,
  activiteitId,
  activiteitInvoer,
  agendaInvoer,
  besluitId,
  besluitInvoer,
  bijeenkomstId,
  bijeenkomstInvoer,
  faseId,
  faseInvoer,
  mijlpaalId,
  mijlpaalInvoer,
  planningSjabloon,
  vergaderstukkenInvoer,
  voorbereidenInvoer,
} from './schemas-planning';
import { samenvoegToepassen, samenvoegToken } from './schemas-samenvoegen';
import { gesleeptInvoer } from './schemas-slepen';
import {
  exportSroiInvoer,
  importToken,
  menukaartOptieInvoer,
  realisatieId,
  realisatieInvoer,
  waarderingstabelInvoer,
  waarderingstabelKiezen,
} from './schemas-sroi';

/**
 * The one API contract between renderer and main. Each channel has a zod input schema
 * (validated in main) and an output type (a phantom, for the typed client).
 */
interface Channel<S extends z.ZodType, O> {
  input: S;
  output?: O;
}
const channel =
  <O>() =>
  <S extends z.ZodType>(input: S): Channel<S, O> => ({ input });

export const contract = {
  'app.start': channel<StartState>()(leeg),
  /** Opens the file the last export wrote ('bestand') or shows it in its folder ('map'); never a path from here. */
  'app.exportOpenen': channel<null>()(exportOpenen),
  'document.nieuw': channel<OpenResult>()(nieuweWerkgroepInvoer),
  'document.openVoorbeeld': channel<OpenResult>()(leeg),
  'document.openen': channel<OpenResult | null>()(leeg),
  'document.openRecent': channel<OpenResult>()(recentId),
  'document.opslaanAls': channel<DocumentInfo | null>()(leeg),
  /** A copy without personal data for a werkgroep member; its recovery code once when protected. */
  'document.kopieVoorLid': channel<{ bestandsnaam: string; herstelcode: string | null } | null>()(
    kopieVoorLid,
  ),
  'document.sluiten': channel<null>()(leeg),
  'document.status': channel<DocumentInfo | null>()(leeg),
  'document.ontgrendelen': channel<OpenResult>()(ontgrendelInvoer),
  'document.vergrendelen': channel<null>()(leeg),
  'document.overnemen': channel<OpenResult>()(leeg),
  'document.alleenLezen': channel<OpenResult>()(leeg),
  'document.herladen': channel<OpenResult>()(leeg),
  'beveiliging.instellen': channel<{ herstelcode: string }>()(beveiligingInstellen),
  'beveiliging.wijzigen': channel<{ herstelcode: string }>()(beveiligingWijzigen),
  'beveiliging.nieuweHerstelcode': channel<{ herstelcode: string }>()(beveiligingNieuweHerstelcode),
  'beveiliging.uitzetten': channel<null>()(beveiligingUitzetten),
  'werkgroep.logboek': channel<LogRegel[]>()(leeg),
  'document.recent': channel<RecentFile[]>()(leeg),
  'document.recentVergeten': channel<RecentFile[]>()(recentId),
  'werkgroep.ophalen': channel<Werkgroep>()(leeg),
  'werkgroep.bijwerken': channel<Werkgroep>()(werkgroepInvoer),
  'instellingen.ophalen': channel<Gebruikersinstellingen>()(leeg),
  'instellingen.bijwerken': channel<Gebruikersinstellingen>()(gebruikersinstellingenInvoer),
  'werkgroep.tellingen': channel<Tellingen>()(leeg),
  'werkgroep.aanDeSlag': channel<AanDeSlag>()(leeg),
  'werkgroep.aanDeSlagVerbergen': channel<AanDeSlag>()(aanDeSlagVerbergen),
  /** Undo of a delete: brings a soft-deleted record back (validated, written and logged like any change). */
  'werkgroep.herstellen': channel<null>()(herstelInvoer),
  'organisaties.lijst': channel<Organisatie[]>()(organisatieFilter),
  'organisaties.opslaan': channel<Organisatie>()(organisatieInvoer),
  'organisaties.archiveren': channel<Organisatie>()(organisatieArchiveren),
  'organisaties.pagina': channel<OrganisatiePagina>()(organisatiePaginaInvoer),
  'organisaties.exporteren': channel<{ pad: string } | null>()(leeg),
  'sroi.contracten': channel<SroiContract[]>()(leeg),
  'sroi.contractOpslaan': channel<SroiContract>()(contractInvoer),
  'sroi.overzicht': channel<SroiOverzicht>()(periodeInvoer),
  'sroi.menukaart': channel<MenukaartOptie[]>()(leeg),
  'sroi.menukaartOpslaan': channel<MenukaartOptie>()(menukaartOptieInvoer),
  'sroi.waardering': channel<Waarderingsinstellingen>()(leeg),
  'sroi.waarderingKiezen': channel<Waarderingsinstellingen>()(waarderingstabelKiezen),
  'sroi.waarderingOpslaan': channel<Waarderingsinstellingen>()(waarderingstabelInvoer),
  'sroi.realisaties': channel<Realisatie[]>()(periodeInvoer),
  'sroi.realisatieOpslaan': channel<Realisatie>()(realisatieInvoer),
  'sroi.realisatieVerwijderen': channel<null>()(realisatieId),
  'sroi.exporteren': channel<{ pad: string } | null>()(exportSroiInvoer),
  'organisaties.inlezen': channel<(ImportVoorbeeld & { token: string }) | null>()(leeg),
  'organisaties.inlezenBevestigen': channel<{ toegevoegd: number }>()(importToken),
  'organisaties.invulbestand': channel<{ pad: string } | null>()(leeg),
  'import.annuleren': channel<null>()(importToken),
  /** Files dropped on the window: recognised by content in main, answered with the matching preview. */
  'import.slepen': channel<GesleeptVoorbeeld>()(gesleeptInvoer),
  /** Bestand → Samenvoegen met…: choose another copy (a dialog in main) and see what would come in. */
  'samenvoegen.kiezen': channel<SamenvoegVoorbeeld | null>()(leeg),
  'samenvoegen.ontgrendelen': channel<SamenvoegVoorbeeld>()(ontgrendelInvoer),
  'samenvoegen.toepassen': channel<SamenvoegVerslag>()(samenvoegToepassen),
  'samenvoegen.annuleren': channel<null>()(samenvoegToken),
  'kandidaten.lijst': channel<KandidaatRegel[]>()(kandidaatFilter),
  'kandidaten.dossier': channel<KandidaatDossier>()(dossierInvoer),
  'kandidaten.opslaan': channel<Kandidaat>()(kandidaatInvoer),
  'kandidaten.planOpslaan': channel<KandidaatDossier>()(planInvoer),
  'kandidaten.avgVerwijderen': channel<null>()(avgVerwijderen),
  'kandidaten.bewaartermijn': channel<BewaarOverzicht>()(leeg),
  'kandidaten.bewaartermijnInstellen': channel<BewaarOverzicht>()(bewaartermijnInvoer),
  'kandidaten.stapOpslaan': channel<KandidaatDossier>()(stapInvoer),
  'kandidaten.stapVerwijderen': channel<KandidaatDossier>()(stapId),
  'kandidaten.stapVolgorde': channel<KandidaatDossier>()(stappenVolgorde),
  'kandidaten.meten': channel<KandidaatDossier>()(metingInvoer),
  'kandidaten.metingVerwijderen': channel<KandidaatDossier>()(metingId),
  'kandidaten.uitstroomOpslaan': channel<KandidaatDossier>()(uitstroomInvoer),
  'kandidaten.terugval': channel<KandidaatDossier>()(terugvalInvoer),
  'groepen.lijst': channel<Groep[]>()(leeg),
  'groepen.opslaan': channel<Groep>()(groepInvoer),
  'groepen.overzicht': channel<GroepOverzicht>()(groepOverzichtInvoer),
  'groepen.plaatsen': channel<{
    groep: Groep;
    geplaatst: number;
    /** Where each moved candidate stood before, for undo. */
    vorige: { kandidaatId: string; groepId: string | null }[];
  }>()(groepPlaatsenInvoer),
  'groepen.terugplaatsen': channel<{ teruggezet: number }>()(groepTerugplaatsenInvoer),
  'kandidaten.exporteren': channel<{ pad: string } | null>()(exportKandidatenInvoer),
  'kandidaten.inlezen': channel<(ImportVoorbeeld<KandidaatImportRij> & { token: string }) | null>()(leeg),
  'kandidaten.inlezenBevestigen': channel<{ toegevoegd: number }>()(importToken),
  'kandidaten.invulbestand': channel<{ pad: string } | null>()(leeg),
  'inventarisatie.sjablonen': channel<Sjabloon[]>()(leeg),
  'inventarisatie.sjabloonOpslaan': channel<Sjabloon>()(sjabloonInvoer),
  'inventarisatie.rondes': channel<Ronde[]>()(leeg),
  'inventarisatie.rondeOpslaan': channel<Ronde>()(rondeInvoer),
  'inventarisatie.status': channel<Ronde>()(deelnameStatusInvoer),
  'inventarisatie.antwoorden': channel<{ sjabloon: Sjabloon; antwoorden: Record<string, AntwoordWaarde> }>()(
    deelnameSleutel,
  ),
  'inventarisatie.antwoordenOpslaan': channel<Ronde>()(antwoordenInvoer),
  'inventarisatie.resultaten': channel<RondeResultaten>()(rondeId),
  'inventarisatie.formulierenMaken': channel<{ map: string; aantal: number } | null>()(formulierenMaken),
  'inventarisatie.formulierenInlezen': channel<(FormulierenVoorbeeld & { token: string }) | null>()(leeg),
  'inventarisatie.formulierenBevestigen': channel<{ opgeslagen: number }>()(importToken),
  'inventarisatie.exporteren': channel<{ pad: string } | null>()(rondeId),
  'inventarisatie.verstuurd': channel<Ronde>()(rondeId),
  'inventarisatie.herinneren': channel<Herinnering & { ontvangers: TeHerinneren[] }>()(rondeId),
  'inventarisatie.herinneringMailen': channel<{ aantal: number }>()(herinneringMailen),
  'inventarisatie.herinneringKopieren': channel<{ aantal: number }>()(rondeId),
  'inventarisatie.formulierenMapOpenen': channel<null>()(rondeId),
  'capaciteit.overzicht': channel<CapaciteitsOverzicht>()(capaciteitPeriode),
  'capaciteit.aanbodZetten': channel<null>()(aanbodInvoer),
  /** `gewijzigd`: the offers it changed, with what they were, for undo. */
  'capaciteit.overnemen': channel<{ aantal: number; gewijzigd: OvergenomenAanbod[] }>()(aanbodOvernemen),
  'capaciteit.overnameTerugzetten': channel<{ teruggezet: number }>()(overnameTerugzetten),
  'capaciteit.voorstellen': channel<Voorstel[]>()(stapVoorstel),
  /** The organisation the step had before (null: none), for undo. */
  'capaciteit.toewijzen': channel<{ vorigeOrganisatieId: string | null }>()(stapToewijzen),
  'capaciteit.toewijzingTerugzetten': channel<null>()(toewijzingTerugzetten),
  'capaciteit.kalender': channel<Aanbestedingskalender>()(leeg),
  'capaciteit.aanbestedingOpslaan': channel<Aanbesteding>()(aanbestedingInvoer),
  'capaciteit.gunnen': channel<SroiContract>()(aanbestedingGunnen),
  'capaciteit.exporteren': channel<{ pad: string } | null>()(capaciteitPeriode),
  'capaciteit.kalenderExporteren': channel<{ pad: string } | null>()(leeg),
  'planning.ophalen': channel<Planning>()(leeg),
  'planning.verwijzingen': channel<PlanningVerwijzingen>()(leeg),
  'planning.faseOpslaan': channel<Planning>()(faseInvoer),
  'planning.faseVerwijderen': channel<Planning>()(faseId),
  'planning.activiteitOpslaan': channel<Planning>()(activiteitInvoer),
  'planning.activiteitVerwijderen': channel<Planning>()(activiteitId),
  'planning.mijlpaalOpslaan': channel<Planning>()(mijlpaalInvoer),
  'planning.mijlpaalVerwijderen': channel<Planning>()(mijlpaalId),
  'planning.uitSjabloon': channel<Planning>()(planningSjabloon),
  'planning.exporteren': channel<{ pad: string } | null>()(leeg),
  'bijeenkomsten.lijst': channel<Bijeenkomst[]>()(leeg),
  'bijeenkomsten.detail': channel<BijeenkomstDetail>()(bijeenkomstId),
  'bijeenkomsten.opslaan': channel<BijeenkomstDetail>()(bijeenkomstInvoer),
  'bijeenkomsten.verwijderen': channel<null>()(bijeenkomstId),
  'bijeenkomsten.agendaOpslaan': channel<BijeenkomstDetail>()(agendaInvoer),
  'bijeenkomsten.aanwezigenOpslaan': channel<BijeenkomstDetail>()(aanwezigenInvoer),
  'bijeenkomsten.voorbereiden': channel<AgendaVoorstel>()(voorbereidenInvoer),
  'bijeenkomsten.besluiten': channel<Besluit[]>()(leeg),
  'bijeenkomsten.besluitOpslaan': channel<BijeenkomstDetail>()(besluitInvoer),
  'bijeenkomsten.besluitVerwijderen': channel<BijeenkomstDetail>()(besluitId),
  'bijeenkomsten.acties': channel<Actiepunt[]>()(leeg),
  'bijeenkomsten.actieOpslaan': channel<Actiepunt>()(actieInvoer),
  'bijeenkomsten.vergaderstukken': channel<{ pad: string } | null>()(vergaderstukkenInvoer),
  'monitoring.dashboard': channel<Dashboard>()(dashboardInvoer),
  'monitoring.bedragPerMaand': channel<{ uitkeringPerMaandCent: number }>()(leeg),
  'monitoring.bedragPerMaandInstellen': channel<{ uitkeringPerMaandCent: number }>()(bedragPerMaandInvoer),
  'evaluatie.lessen': channel<Les[]>()(leeg),
  'evaluatie.lesOpslaan': channel<Les>()(lesInvoer),
  'evaluatie.lesVerwijderen': channel<null>()(lesId),
  'evaluatie.lijst': channel<EvaluatieRegel[]>()(leeg),
  'evaluatie.detail': channel<Evaluatie>()(evaluatieId),
  'evaluatie.maken': channel<Evaluatie>()(evaluatieMaken),
  'evaluatie.opslaan': channel<Evaluatie>()(evaluatieTekst),
  'evaluatie.vernieuwen': channel<Evaluatie>()(evaluatieId),
  'evaluatie.verzenden': channel<Evaluatie>()(evaluatieId),
  'evaluatie.verwijderen': channel<null>()(evaluatieId),
  'evaluatie.foPakket': channel<{ taak: string } | null>()(foPakketInvoer),
  'evaluatie.foPakketVoortgang': channel<Voortgang>()(taakId),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

/** Every channel name, in contract order: the one list, derived (the preload gets it at build time). */
export const KANAALNAMEN = Object.keys(contract) as ChannelName[];
