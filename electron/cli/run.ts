import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { BestandsInfo } from '../../shared/domain/types';
import { AppFault } from '../main/errors';
import { vulVoorbeeld } from '../main/services/voorbeeld';
import { APP_SCHEMA_VERSION } from '../main/store/migrations';
import { countRecords, getWerkgroep } from '../main/store/repositories/werkgroep';
import { readSnapshot, WerkgroepFile } from '../main/store/werkgroep-file';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Gebruik: tafelwerk <opdracht> [opties]

Opdrachten:
  voorbeeld <bestand>        Schrijf de voorbeeldwerkgroep naar een nieuw bestand.
  info <bestand> [--json]    Toon de schemaversie en het aantal records per soort.
  help                       Toon deze hulp.

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

class UsageError extends Error {}

function positional(args: string[], count: number, command: string): string[] {
  const plain = args.filter((a) => !a.startsWith('--'));
  if (plain.length !== count)
    throw new UsageError(`'${command}' verwacht ${count} bestand${count === 1 ? '' : 'en'}.`);
  return plain;
}

async function info(args: string[], io: CliIo): Promise<number> {
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) throw new UsageError(`Onbekende optie: ${unknown[0]}`);
  const [file] = positional(args, 1, 'info') as [string];
  const { db, fileVersion } = await readSnapshot(resolve(file));
  try {
    const result: BestandsInfo = {
      schemaversie: fileVersion,
      appSchemaversie: APP_SCHEMA_VERSION,
      werkgroep: getWerkgroep(db),
      tellingen: countRecords(db),
    };
    if (args.includes('--json')) {
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
  if (args.some((a) => a.startsWith('--')))
    throw new UsageError(`Onbekende optie: ${args.find((a) => a.startsWith('--'))}`);
  const [file] = positional(args, 1, 'voorbeeld') as [string];
  const path = resolve(file);
  const exists = await fs.stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new AppFault('ONGELDIGE_INVOER', `${file} bestaat al; kies een nieuwe bestandsnaam.`);
  const created = await WerkgroepFile.create(path, (db) => vulVoorbeeld(db));
  await created.close();
  io.out(`Voorbeeldwerkgroep geschreven naar ${path}`);
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
      io.err(`Geweigerd: ${error.message}`);
      return 1;
    }
    io.err(`Onverwachte fout: ${(error as Error).message}`);
    return 1;
  }
}
