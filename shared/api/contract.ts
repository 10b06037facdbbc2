import type { z } from 'zod';
import type { Aanbesteding, Aanbestedingskalender } from '../domain/aanbestedingen';
import type { Actiepunt, Besluit, Bijeenkomst, BijeenkomstDetail } from '../domain/bijeenkomsten';
import type { CapaciteitsOverzicht, Voorstel } from '../domain/capaciteit';
import type { Contract as SroiContract, SroiOverzicht } from '../domain/contracten';
import type { ImportVoorbeeld, KandidaatImportRij } from '../domain/import';
import type {
  AntwoordWaarde,
  FormulierenVoorbeeld,
  Ronde,
  RondeResultaten,
  Sjabloon,
} from '../domain/inventarisatie';
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
import type { Organisatie } from '../domain/organisaties';
import type { Planning } from '../domain/planning';
import type { Realisatie, Waarderingsinstellingen } from '../domain/realisaties';
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
import type { CHANNEL_NAMES } from './channel-names';
import {
  beveiligingInstellen,
  beveiligingUitzetten,
  beveiligingWijzigen,
  contractInvoer,
  gebruikersinstellingenInvoer,
  leeg,
  ontgrendelInvoer,
  organisatieArchiveren,
  organisatieFilter,
  organisatieInvoer,
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
  stapToewijzen,
  stapVoorstel,
} from './schemas-capaciteit';
import {
  antwoordenInvoer,
  deelnameSleutel,
  deelnameStatusInvoer,
  formulierenMaken,
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
  voorbereidenInvoer,
} from './schemas-planning';
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
  'document.nieuw': channel<OpenResult>()(werkgroepInvoer),
  'document.openVoorbeeld': channel<OpenResult>()(leeg),
  'document.openen': channel<OpenResult | null>()(leeg),
  'document.openRecent': channel<OpenResult>()(recentId),
  'document.opslaanAls': channel<DocumentInfo | null>()(leeg),
  'document.sluiten': channel<null>()(leeg),
  'document.status': channel<DocumentInfo | null>()(leeg),
  'document.ontgrendelen': channel<OpenResult>()(ontgrendelInvoer),
  'document.vergrendelen': channel<null>()(leeg),
  'beveiliging.instellen': channel<{ herstelcode: string }>()(beveiligingInstellen),
  'beveiliging.wijzigen': channel<null>()(beveiligingWijzigen),
  'beveiliging.uitzetten': channel<null>()(beveiligingUitzetten),
  'logboek.lijst': channel<LogRegel[]>()(leeg),
  'recent.lijst': channel<RecentFile[]>()(leeg),
  'recent.vergeten': channel<RecentFile[]>()(recentId),
  'werkgroep.ophalen': channel<Werkgroep>()(leeg),
  'werkgroep.bijwerken': channel<Werkgroep>()(werkgroepInvoer),
  'instellingen.ophalen': channel<Gebruikersinstellingen>()(leeg),
  'instellingen.bijwerken': channel<Gebruikersinstellingen>()(gebruikersinstellingenInvoer),
  'overzicht.tellingen': channel<Tellingen>()(leeg),
  'organisaties.lijst': channel<Organisatie[]>()(organisatieFilter),
  'organisaties.opslaan': channel<Organisatie>()(organisatieInvoer),
  'organisaties.archiveren': channel<Organisatie>()(organisatieArchiveren),
  'contracten.lijst': channel<SroiContract[]>()(leeg),
  'contracten.opslaan': channel<SroiContract>()(contractInvoer),
  'sroi.overzicht': channel<SroiOverzicht>()(periodeInvoer),
  'menukaart.lijst': channel<MenukaartOptie[]>()(leeg),
  'menukaart.opslaan': channel<MenukaartOptie>()(menukaartOptieInvoer),
  'waardering.instellingen': channel<Waarderingsinstellingen>()(leeg),
  'waardering.kiezen': channel<Waarderingsinstellingen>()(waarderingstabelKiezen),
  'waardering.opslaan': channel<Waarderingsinstellingen>()(waarderingstabelInvoer),
  'realisaties.lijst': channel<Realisatie[]>()(periodeInvoer),
  'realisaties.opslaan': channel<Realisatie>()(realisatieInvoer),
  'realisaties.verwijderen': channel<null>()(realisatieId),
  'export.sroi': channel<{ pad: string } | null>()(exportSroiInvoer),
  'import.organisatiesLezen': channel<(ImportVoorbeeld & { token: string }) | null>()(leeg),
  'import.organisatiesBevestigen': channel<{ toegevoegd: number }>()(importToken),
  'import.organisatieSjabloon': channel<{ pad: string } | null>()(leeg),
  'import.annuleren': channel<null>()(importToken),
  'kandidaten.lijst': channel<KandidaatRegel[]>()(kandidaatFilter),
  'kandidaten.dossier': channel<KandidaatDossier>()(dossierInvoer),
  'kandidaten.opslaan': channel<Kandidaat>()(kandidaatInvoer),
  'kandidaten.planOpslaan': channel<KandidaatDossier>()(planInvoer),
  'kandidaten.avgVerwijderen': channel<null>()(avgVerwijderen),
  'kandidaten.bewaartermijn': channel<BewaarOverzicht>()(leeg),
  'kandidaten.bewaartermijnInstellen': channel<BewaarOverzicht>()(bewaartermijnInvoer),
  'leerlijn.stapOpslaan': channel<KandidaatDossier>()(stapInvoer),
  'leerlijn.stapVerwijderen': channel<KandidaatDossier>()(stapId),
  'leerlijn.volgorde': channel<KandidaatDossier>()(stappenVolgorde),
  'ladder.meten': channel<KandidaatDossier>()(metingInvoer),
  'ladder.verwijderen': channel<KandidaatDossier>()(metingId),
  'uitstroom.opslaan': channel<KandidaatDossier>()(uitstroomInvoer),
  'uitstroom.terugval': channel<KandidaatDossier>()(terugvalInvoer),
  'groepen.lijst': channel<Groep[]>()(leeg),
  'groepen.opslaan': channel<Groep>()(groepInvoer),
  'groepen.overzicht': channel<GroepOverzicht>()(groepOverzichtInvoer),
  'export.kandidaten': channel<{ pad: string } | null>()(exportKandidatenInvoer),
  'import.kandidatenLezen': channel<(ImportVoorbeeld<KandidaatImportRij> & { token: string }) | null>()(leeg),
  'import.kandidatenBevestigen': channel<{ toegevoegd: number }>()(importToken),
  'import.kandidatenSjabloon': channel<{ pad: string } | null>()(leeg),
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
  'export.formulieren': channel<{ map: string; aantal: number } | null>()(formulierenMaken),
  'import.formulierenLezen': channel<(FormulierenVoorbeeld & { token: string }) | null>()(leeg),
  'import.formulierenBevestigen': channel<{ opgeslagen: number }>()(importToken),
  'export.inventarisatie': channel<{ pad: string } | null>()(rondeId),
  'capaciteit.overzicht': channel<CapaciteitsOverzicht>()(capaciteitPeriode),
  'capaciteit.aanbodZetten': channel<null>()(aanbodInvoer),
  'capaciteit.overnemen': channel<{ aantal: number }>()(aanbodOvernemen),
  'capaciteit.voorstellen': channel<Voorstel[]>()(stapVoorstel),
  'capaciteit.toewijzen': channel<null>()(stapToewijzen),
  'aanbestedingen.kalender': channel<Aanbestedingskalender>()(leeg),
  'aanbestedingen.opslaan': channel<Aanbesteding>()(aanbestedingInvoer),
  'aanbestedingen.gunnen': channel<SroiContract>()(aanbestedingGunnen),
  'export.capaciteit': channel<{ pad: string } | null>()(capaciteitPeriode),
  'export.aanbestedingskalender': channel<{ pad: string } | null>()(leeg),
  'planning.ophalen': channel<Planning>()(leeg),
  'planning.faseOpslaan': channel<Planning>()(faseInvoer),
  'planning.faseVerwijderen': channel<Planning>()(faseId),
  'planning.activiteitOpslaan': channel<Planning>()(activiteitInvoer),
  'planning.activiteitVerwijderen': channel<Planning>()(activiteitId),
  'planning.mijlpaalOpslaan': channel<Planning>()(mijlpaalInvoer),
  'planning.mijlpaalVerwijderen': channel<Planning>()(mijlpaalId),
  'planning.uitSjabloon': channel<Planning>()(planningSjabloon),
  'export.planning': channel<{ pad: string } | null>()(leeg),
  'bijeenkomsten.lijst': channel<Bijeenkomst[]>()(leeg),
  'bijeenkomsten.detail': channel<BijeenkomstDetail>()(bijeenkomstId),
  'bijeenkomsten.opslaan': channel<BijeenkomstDetail>()(bijeenkomstInvoer),
  'bijeenkomsten.verwijderen': channel<null>()(bijeenkomstId),
  'bijeenkomsten.agendaOpslaan': channel<BijeenkomstDetail>()(agendaInvoer),
  'bijeenkomsten.aanwezigenOpslaan': channel<BijeenkomstDetail>()(aanwezigenInvoer),
  'bijeenkomsten.voorbereiden': channel<AgendaVoorstel>()(voorbereidenInvoer),
  'besluiten.lijst': channel<Besluit[]>()(leeg),
  'besluiten.opslaan': channel<BijeenkomstDetail>()(besluitInvoer),
  'besluiten.verwijderen': channel<BijeenkomstDetail>()(besluitId),
  'acties.lijst': channel<Actiepunt[]>()(leeg),
  'acties.opslaan': channel<Actiepunt>()(actieInvoer),
  'export.vergaderstukken': channel<{ pad: string } | null>()(bijeenkomstId),
  'monitoring.dashboard': channel<Dashboard>()(dashboardInvoer),
  'monitoring.bedragPerMaand': channel<{ uitkeringPerMaandCent: number }>()(leeg),
  'monitoring.bedragPerMaandInstellen': channel<{ uitkeringPerMaandCent: number }>()(bedragPerMaandInvoer),
  'lessen.lijst': channel<Les[]>()(leeg),
  'lessen.opslaan': channel<Les>()(lesInvoer),
  'lessen.verwijderen': channel<null>()(lesId),
  'evaluaties.lijst': channel<EvaluatieRegel[]>()(leeg),
  'evaluaties.detail': channel<Evaluatie>()(evaluatieId),
  'evaluaties.maken': channel<Evaluatie>()(evaluatieMaken),
  'evaluaties.opslaan': channel<Evaluatie>()(evaluatieTekst),
  'evaluaties.vernieuwen': channel<Evaluatie>()(evaluatieId),
  'evaluaties.verzenden': channel<Evaluatie>()(evaluatieId),
  'evaluaties.verwijderen': channel<null>()(evaluatieId),
  'export.foPakket': channel<{ taak: string } | null>()(foPakketInvoer),
  'export.voortgang': channel<Voortgang>()(taakId),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

// Compile-time check that the plain name list (used by the preload, which must not bundle zod)
// names exactly the contract's channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const namesMatchContract: Same<(typeof CHANNEL_NAMES)[number], ChannelName> = true;
