import ExcelJS from 'exceljs';
import { procentTekst } from '../../../shared/domain/aandelen';
import type { SroiOverzicht } from '../../../shared/domain/contracten';
import type { RondeResultaten } from '../../../shared/domain/inventarisatie';
import {
  getoondeUitstroom,
  type Kerncijfers,
  UITSTROOM_CATEGORIE_LABEL,
} from '../../../shared/domain/monitoring';
import type { Planning } from '../../../shared/domain/planning';
import { formatBedrag, formatDatum, formatMaandKort } from '../../../shared/format/nl';
import { type EvaluatieInhoud, voegEvaluatieBladToe } from './fo-evaluatie-blad';
import { topMetOverige } from './grafiek-top';
import { lijndiagramSvg, staafdiagramSvg } from './grafieken';
import { inventarisatieResultatenWerkboek } from './inventarisatie-resultaten';
import { planningWerkboek } from './planning-export';
import { svgNaarPng } from './png';
import { voegSroiOverzichtToe } from './sroi-export';
import { afdrukken } from './werkboek';

/**
 * The FO-pakket: one workbook for the Fysieke Overlegtafel with a cover sheet, the planning, the
 * inventarisatie results, the evaluation, the SROI overview and the charts. Built from data read
 * beforehand (so a change during the build cannot mix two states), in steps that report progress.
 * Aggregates only: no candidate appears in it.
 */
export interface FoPakketGegevens {
  werkgroep: string;
  vandaag: string;
  gemaaktOp: Date;
  evaluatie: EvaluatieInhoud;
  planning: Planning;
  inventarisatie: RondeResultaten | null;
  sroi: SroiOverzicht;
}

export type Stap = (naam: string) => Promise<void>;
export const FO_STAPPEN = [
  'Voorblad',
  'Planning',
  'Inventarisatie',
  'Evaluatie',
  'SROI',
  'Grafieken',
] as const;

const KLEUR = { blauw: '#1c7ed6', groen: '#2b8a3e', grijs: '#868e96', oranje: '#e8590c' };

/** A chart shows at most this many bars: 12 named ones and "Overige"; the sheets keep every row. */
export const MAX_STAVEN = 13;

/** The line under a capped chart's title, which is also its caption on the sheet. */
const afgetopt = (wat: string, naar: string, overige: number, blad: string) =>
  `Top ${MAX_STAVEN - 1} ${wat} ${naar}; de overige ${overige} samen. Alle ${wat} staan op het blad ${blad}.`;

export interface Grafiek {
  /** The caption written above the image: what the chart shows, including any cap. */
  titel: string;
  svg: string;
}

function ladderGrafiek(c: Kerncijfers): Grafiek {
  const titel = 'Participatieladder per groep';
  // Ranked by how many candidates were measured: the averages of the largest groups say the most.
  const { categorieen, overige } = topMetOverige(
    c.ladder.perGroep.map((g) => ({
      label: g.groep,
      waarden: [g.start ?? 0, g.nu ?? 0],
      gewicht: g.kandidaten,
    })),
    MAX_STAVEN,
    { rangorde: (s) => s.gewicht ?? 0, samen: 'gemiddelde' },
  );
  const ondertitel = overige
    ? afgetopt('groepen', 'met de meeste gemeten kandidaten', overige, 'Evaluatie')
    : undefined;
  return {
    titel: ondertitel ? `${titel}. ${ondertitel}` : titel,
    svg: staafdiagramSvg({
      titel: `${titel} (gemiddelde trede)`,
      ondertitel,
      reeksen: [
        { naam: 'Start', kleur: KLEUR.grijs },
        { naam: 'Nu', kleur: KLEUR.groen },
      ],
      categorieen,
      formatteer: (n) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 }),
    }),
  };
}

function sroiGrafiek(c: Kerncijfers): Grafiek {
  const titel = 'SROI per aanbieder';
  // Whole euros: a chart label has to fit beside its bar; the sheets keep the cents.
  const euro = (n: number) => formatBedrag(Math.round(n) * 100).replace(/,00$/, '');
  // Ranked by the longer of the two bars, so no hidden provider has a bar longer than a shown one.
  const { categorieen, overige } = topMetOverige(
    c.sroi.perAanbieder.map((a) => ({
      label: a.naam,
      waarden: [a.verplichtingCent / 100, a.gerealiseerdCent / 100],
    })),
    MAX_STAVEN,
    { samen: 'som' },
  );
  const ondertitel = overige
    ? afgetopt('aanbieders', 'naar bedrag', overige, FO_BLADNAMEN['Per aanbieder'] as string)
    : undefined;
  return {
    titel: ondertitel ? `${titel}. ${ondertitel}` : titel,
    svg: staafdiagramSvg({
      titel,
      ondertitel,
      reeksen: [
        { naam: 'Verplichting', kleur: KLEUR.grijs },
        { naam: 'Gerealiseerd', kleur: KLEUR.oranje },
      ],
      categorieen,
      formatteer: euro,
    }),
  };
}

export function grafiekenSvg(c: Kerncijfers): Grafiek[] {
  const uitstroom = getoondeUitstroom(c.uitstroom);
  return [
    {
      titel: 'Uitstroom naar uitkomst',
      svg: staafdiagramSvg({
        titel: 'Uitstroom naar uitkomst',
        reeksen: [{ naam: 'Kandidaten', kleur: KLEUR.blauw }],
        categorieen: uitstroom.map((r) => ({
          label: UITSTROOM_CATEGORIE_LABEL[r.categorie],
          waarden: [r.aantal],
        })),
        // The row's own share, as in the table: rounded once, adding up to 100 %.
        formatteer: (n, i) => `${n} (${procentTekst(uitstroom[i]?.procent)})`,
      }),
    },
    ladderGrafiek(c),
    sroiGrafiek(c),
    {
      titel: 'Kandidaten per maand',
      svg: lijndiagramSvg({
        titel: 'Kandidaten per maand',
        reeksen: [
          { naam: 'In traject', kleur: KLEUR.blauw },
          { naam: 'In betaald werk', kleur: KLEUR.groen },
        ],
        punten: c.perMaand.map((m) => ({
          label: formatMaandKort(m.maand),
          waarden: [m.actief, m.betaaldWerk],
        })),
      }),
    },
  ];
}

function voorblad(wb: ExcelJS.Workbook, g: FoPakketGegevens): ExcelJS.Worksheet {
  const blad = wb.addWorksheet('Voorblad');
  blad.columns = [{ width: 28 }, { width: 80 }];
  const p = g.evaluatie.cijfers.periode;
  const regels: [string, string][] = [
    ['Werkgroep', g.werkgroep],
    ['Periode', `${formatDatum(p.van)} t/m ${formatDatum(p.tot)}`],
    ['Evaluatie', `${g.evaluatie.titel} (${g.evaluatie.status})`],
    ['Gemaakt op', formatDatum(g.vandaag)],
  ];
  blad.getCell('A1').value = 'FO-pakket voor de Fysieke Overlegtafel';
  blad.getCell('A1').font = { name: 'Calibri', size: 18, bold: true };
  regels.forEach(([k, v], i) => {
    blad.getCell(3 + i, 1).value = k;
    blad.getCell(3 + i, 1).font = { name: 'Calibri', bold: true };
    blad.getCell(3 + i, 2).value = v;
  });
  afdrukken(blad, { werkgroep: g.werkgroep, titel: 'FO-pakket', datum: formatDatum(g.vandaag) });
  return blad;
}

/**
 * The sheets the shared exports name for their own workbook, renamed in the pakket so a name says
 * what it holds next to the other sections ("Vraag 1" alone could be any question).
 */
export const FO_BLADNAMEN: Record<string, string> = {
  Aanbod: 'Inventarisatie – aanbod',
  Respons: 'Inventarisatie – respons',
  'Per aanbieder': 'SROI per aanbieder',
  'Per gemeente': 'SROI per gemeente',
};
const foBladnaam = (naam: string) =>
  FO_BLADNAMEN[naam] ?? naam.replace(/^Vraag (\d+)$/, 'Inventarisatie – vraag $1');

/** What a sheet holds, for the cover: its own title, or a line for the sheets without one. */
const OMSCHRIJVING: Record<string, string> = {
  Planning: 'Activiteiten van de werkgroep per maand, met eigenaar en status',
  Grafieken: 'Uitstroom, participatieladder, SROI per aanbieder en kandidaten per maand',
};
function omschrijving(w: ExcelJS.Worksheet): string {
  const titel = w.getCell('A1').text.trim();
  return OMSCHRIJVING[w.name] ?? (titel && titel !== w.name ? titel : '');
}

/** The contents, written last, when every sheet exists: each sheet's name and what it holds. */
function inhoud(blad: ExcelJS.Worksheet, wb: ExcelJS.Workbook): void {
  blad.getCell('A8').value = 'Inhoud';
  blad.getCell('A8').font = { name: 'Calibri', size: 13, bold: true };
  wb.worksheets.slice(1).forEach((w, i) => {
    blad.getCell(9 + i, 1).value = w.name;
    blad.getCell(9 + i, 2).value = omschrijving(w);
    blad.getCell(9 + i, 2).alignment = { wrapText: true, vertical: 'top' };
  });
  const r = 10 + wb.worksheets.length;
  blad.getCell(r, 1).value =
    'Dit pakket bevat geen persoonsgegevens van kandidaten: alleen aantallen, gemiddelden en bedragen. ' +
    'De evaluatie toont de cijfers zoals ze zijn vastgelegd; planning, inventarisatie en SROI-overzicht zijn ' +
    'van de dag waarop dit pakket is gemaakt. De besparing op uitkeringen is een schatting.';
  blad.mergeCells(r, 1, r, 2);
  blad.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
  blad.getCell(r, 1).font = { name: 'Calibri', italic: true };
  blad.getRow(r).height = 48;
}

async function grafiekenBlad(wb: ExcelJS.Workbook, g: FoPakketGegevens): Promise<void> {
  const c = g.evaluatie.cijfers;
  const blad = wb.addWorksheet('Grafieken');
  blad.getCell('A1').value = 'Grafieken';
  blad.getCell('A1').font = { name: 'Calibri', size: 14, bold: true };
  let rij = 2;
  for (const [i, { titel, svg }] of grafiekenSvg(c).entries()) {
    // Two charts per printed page, so no chart is cut in half.
    if (i === 2) blad.getRow(rij).addPageBreak();
    blad.getCell(rij + 1, 1).value = titel;
    const png = await svgNaarPng(svg);
    const breedte = png.readUInt32BE(16);
    const hoogte = png.readUInt32BE(20);
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    blad.addImage(id, { tl: { col: 0, row: rij + 1 }, ext: { width: breedte, height: hoogte } });
    // Default rows are 20 px high; leave room for the image and a blank row.
    rij += Math.ceil(hoogte / 20) + 3;
  }
  afdrukken(blad, { werkgroep: g.werkgroep, titel: 'Grafieken', datum: formatDatum(g.vandaag) });
}

const volgendeBeurt = () => new Promise<void>((klaar) => setImmediate(klaar));

export async function foPakketWerkboek(
  g: FoPakketGegevens,
  stap: Stap = volgendeBeurt,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tafelwerk';
  wb.created = g.gemaaktOp;
  await stap('Voorblad');
  const cover = voorblad(wb, g);
  await stap('Planning');
  planningWerkboek(g.planning, g.werkgroep, g.vandaag, g.gemaaktOp, wb);
  await stap('Inventarisatie');
  if (g.inventarisatie) inventarisatieResultatenWerkboek(g.inventarisatie, g.werkgroep, g.gemaaktOp, wb);
  await stap('Evaluatie');
  voegEvaluatieBladToe(wb, g.evaluatie, g.werkgroep, g.vandaag);
  await stap('SROI');
  voegSroiOverzichtToe(wb, g.sroi, g.werkgroep, g.gemaaktOp);
  await stap('Grafieken');
  await grafiekenBlad(wb, g);
  for (const w of wb.worksheets) w.name = foBladnaam(w.name);
  inhoud(cover, wb);
  return wb;
}
