import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { BestandsInfo } from '../../shared/domain/types';
import { AppFault } from '../main/errors';
import { vulVoorbeeld } from '../main/services/voorbeeld';
import { APP_SCHEMA_VERSION } from '../main/store/migrations';
import { countRecords, getWerkgroep } from '../main/store/repositories/werkgroep';
import { nieuweSleutel } from '../main/store/versleuteling';
import { WerkgroepFile } from '../main/store/werkgroep-file';
import { parseArgs, UsageError } from './args';
import { herstelcode } from './beveiliging-commands';
import { exportAanbestedingskalender, exportCapaciteit } from './capaciteit-commands';
import { exportSroi, importOrganisaties } from './excel-commands';
import { exportInventarisatie, formulieren, importInventarisatie } from './inventarisatie-commands';
import { exportKandidaten, importKandidaten } from './kandidaten-commands';
import { kopie } from './kopie-commands';
import { leesBestand } from './ontgrendelen';
import { exportOrganisaties } from './organisaties-commands';
import { exportFoPakket, exportPlanning, exportVergaderstukken } from './planning-commands';
import { samenvoegen } from './samenvoegen-commands';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Gebruik: tafelwerk <opdracht> [opties]

Opdrachten:
  voorbeeld <bestand>        Schrijf de voorbeeldwerkgroep naar een nieuw bestand.
  info <bestand> [--json]    Toon de schemaversie en het aantal records per soort.
  export sroi <bestand> --out <x.xlsx> [--jaar 2026 | --van 2026-01-01 --tot 2026-06-30]
                             Schrijf het SROI-overzicht (standaard: dit jaar) als Excel-werkmap.
  export organisaties <bestand> --out <x.xlsx>
                             Schrijf de organisatielijst (ook gearchiveerde) met contactgegevens,
                             aantal stappen en SROI van dit jaar.
  import organisaties <bestand> <lijst.xlsx> [--dry-run]
                             Lees organisaties in uit Excel. Toont eerst wat er gebeurt; bij
                             een fout in een rij wordt niets ingelezen.
  export kandidaten <bestand> --out <x.xlsx> [--met-namen] [--met-belemmeringen]
                             Schrijf Kandidaten en trajecten. Standaard gepseudonimiseerd: alleen
                             codes, zonder namen en belemmeringen.
  import kandidaten <bestand> <lijst.xlsx> [--dry-run]
                             Lees een kandidatenlijst van een gemeente in (Code, Initialen,
                             Gemeente, Uitkering, Klantmanager, Startdatum) met status Aangemeld;
                             bij een fout in een rij wordt niets ingelezen.
  formulieren <bestand> --out <map> [--ronde <naam>] [--alleen-openstaand]
                             Maak per organisatie het inventarisatieformulier (standaard: de
                             laatste ronde).
  import inventarisatie <bestand> <formulier.xlsx>... [--dry-run]
                             Lees ingevulde formulieren in; elk formulier helemaal of niet.
  export inventarisatie <bestand> --out <x.xlsx> [--ronde <naam>]
                             Schrijf Inventarisatie – resultaten voor de FO.
  export capaciteit <bestand> --out <x.xlsx> [--jaar 2026 | --van … --tot …]
                             Schrijf aanbod, gebruik en tekort per mogelijkheid en organisatie.
  export aanbestedingskalender <bestand> --out <x.xlsx>
                             Schrijf de aanbestedingskalender met verwachte SROI en persoonjaren.
  export planning <bestand> --out <x.xlsx>
                             Schrijf de planning als maandrooster, gekleurd naar status.
  export vergaderstukken <bestand> --out <x.xlsx|x.docx> [--bijeenkomst 2026-11-12]
                             Schrijf agenda, actielijst en besluitenlijst van een bijeenkomst
                             (standaard: de eerstvolgende, anders de laatste).
  export fo-pakket <bestand> --out <x.xlsx> [--periode 2026-01-01..2026-12-31]
                             Schrijf het FO-pakket (voorblad, planning, inventarisatie, evaluatie,
                             SROI, grafieken); met de evaluatie van precies die periode als die
                             er is, anders de actuele cijfers. Standaard: dit jaar.
  herstelcode <bestand> --wachtwoord-env NAAM
                             Maak een nieuwe herstelcode voor een beveiligd bestand; de oude
                             werkt daarna niet meer. Het wachtwoord blijft hetzelfde.
  samenvoegen <bestand> <andere> [--dry-run] [--json]
                             Voeg een andere kopie van dezelfde werkgroep samen met <bestand>.
                             Toont wat er binnenkomt en elk conflict; zonder --dry-run wordt eerst
                             een reservekopie gemaakt en wint bij elk conflict het voorstel (bij
                             een veld: de nieuwste wijziging). Elk besluit staat in de uitvoer.
  kopie <bestand> --out <kopie> --zonder-persoonsgegevens [--kopie-wachtwoord-env NAAM] [--json]
                             Maak een kopie voor een werkgroeplid zonder persoonsgegevens: alleen
                             kandidaatcodes, zonder namen, plannen, belemmeringen en notities.
                             Met --kopie-wachtwoord-env krijgt de kopie een eigen wachtwoord.
  help                       Toon deze hulp.

Een beveiligd bestand: zet het wachtwoord in een omgevingsvariabele en geef bij elke opdracht
--wachtwoord-env NAAM mee (nooit het wachtwoord zelf als argument). Bij 'voorbeeld' maakt dit
een beveiligd voorbeeldbestand; het wachtwoord moet dan minstens 12 tekens hebben, net als in de app.

Afsluitcodes: 0 gelukt, 1 invoer geweigerd (reden op stderr), 2 verkeerd gebruik.`;

const LABELS: Record<keyof BestandsInfo['tellingen'], string> = {
  organisaties: 'Organisaties',
  gemeenten: '  waarvan gemeenten',
  contracten: 'Contracten',
  groepen: 'Groepen',
  kandidaten: 'Kandidaten',
  planningactiviteiten: 'Planningactiviteiten',
  bijeenkomsten: 'Bijeenkomsten',
  besluiten: 'Besluiten',
  actiepunten: 'Actiepunten',
  openActiepunten: '  waarvan open',
};

async function info(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, geheim } = parseArgs(args, { flags: ['--json'] }, { count: 1, command: 'info' });
  const file = positional[0] as string;
  const { db, fileVersion } = await leesBestand(resolve(file), geheim);
  try {
    const result: BestandsInfo = {
      schemaversie: fileVersion,
      appSchemaversie: APP_SCHEMA_VERSION,
      werkgroep: getWerkgroep(db),
      tellingen: countRecords(db),
    };
    if (flags.has('--json')) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    io.out(`Werkgroep:   ${result.werkgroep.naam}`);
    io.out(`Regio:       ${result.werkgroep.regio}`);
    io.out(`Schema:      versie ${result.schemaversie} (deze Tafelwerk: ${result.appSchemaversie})`);
    for (const [key, label] of Object.entries(LABELS)) {
      io.out(`${label.padEnd(22)} ${result.tellingen[key as keyof typeof LABELS]}`);
    }
    return 0;
  } finally {
    db.close();
  }
}

async function voorbeeld(args: string[], io: CliIo): Promise<number> {
  const { positional, geheim } = parseArgs(args, {}, { count: 1, command: 'voorbeeld' });
  const file = positional[0] as string;
  const path = resolve(file);
  const exists = await fs.stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new AppFault('ONGELDIGE_INVOER', `${file} bestaat al; kies een nieuwe bestandsnaam.`);
  // With --wachtwoord-env the example is protected from its first byte on disk.
  const beveiliging = geheim ? await nieuweSleutel(geheim.wachtwoord) : null;
  const created = await WerkgroepFile.create(
    path,
    (db) => vulVoorbeeld(db),
    {},
    beveiliging?.sleutel ?? null,
  );
  await created.close();
  io.out(`Voorbeeldwerkgroep geschreven naar ${path}`);
  if (beveiliging)
    io.out(
      `Beveiligd met het wachtwoord. Herstelcode (eenmalig getoond, bewaar hem goed): ${beveiliging.herstelcode}`,
    );
  return 0;
}

/** Runs one command; returns the exit code. Shares every service with the app. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'voorbeeld':
        return await voorbeeld(args, io);
      case 'info':
        return await info(args, io);
      case 'herstelcode':
        return await herstelcode(args, io);
      case 'export':
        if (args[0] === 'sroi') return await exportSroi(args.slice(1), io);
        if (args[0] === 'organisaties') return await exportOrganisaties(args.slice(1), io);
        if (args[0] === 'kandidaten') return await exportKandidaten(args.slice(1), io);
        if (args[0] === 'inventarisatie') return await exportInventarisatie(args.slice(1), io);
        if (args[0] === 'capaciteit') return await exportCapaciteit(args.slice(1), io);
        if (args[0] === 'planning') return await exportPlanning(args.slice(1), io);
        if (args[0] === 'vergaderstukken') return await exportVergaderstukken(args.slice(1), io);
        if (args[0] === 'fo-pakket') return await exportFoPakket(args.slice(1), io);
        if (args[0] === 'aanbestedingskalender') return await exportAanbestedingskalender(args.slice(1), io);
        throw new UsageError(
          `Onbekende export: ${args[0] ?? '(geen)'}. Beschikbaar: sroi, organisaties, kandidaten, inventarisatie, capaciteit, aanbestedingskalender, planning, vergaderstukken, fo-pakket.`,
        );
      case 'formulieren':
        return await formulieren(args, io);
      case 'samenvoegen':
        return await samenvoegen(args, io);
      case 'kopie':
        return await kopie(args, io);
      case 'import':
        if (args[0] === 'organisaties') return await importOrganisaties(args.slice(1), io);
        if (args[0] === 'kandidaten') return await importKandidaten(args.slice(1), io);
        if (args[0] === 'inventarisatie') return await importInventarisatie(args.slice(1), io);
        throw new UsageError(
          `Onbekende import: ${args[0] ?? '(geen)'}. Beschikbaar: organisaties, kandidaten, inventarisatie.`,
        );
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `Onbekende opdracht: ${command}` : 'Geef een opdracht op.');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppFault) {
      const hint =
        error.code === 'WACHTWOORD_NODIG' ? ' Geef het wachtwoord mee met --wachtwoord-env NAAM.' : '';
      io.err(`Geweigerd: ${error.message}${hint}`);
      return 1;
    }
    io.err(`Onverwachte fout: ${(error as Error).message}`);
    return 1;
  }
}
