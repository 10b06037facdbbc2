import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dashboard } from '../../electron/main/services/monitoring';
import { listGroepen } from '../../electron/main/store/repositories/groepen';
import { periodeVoor } from '../../renderer/src/features/monitoring/periode';
import { formatBedrag, vandaagIso } from '../../shared/format/nl';
import {
  alsDmj,
  expect,
  expectNoAxeViolations,
  nieuweWerkgroep,
  openVoorbeeld,
  opSchijf,
  test,
  vastleggen,
  vulDatum,
} from './fixtures';

// pages.spec.ts writes 01-dashboard.png (the page as it opens); these are the detailed views.
const SHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
// Read in beforeEach, not at load: a fixed-moment project sets the clock when its worker starts,
// after this file is loaded (fixtures.ts).
let vandaag: string;
let ditJaar: { van: string; tot: string };
// The dashboard opens on the last twelve months (the same story in January as in December).
let twaalfMaanden: ReturnType<typeof periodeVoor>;
test.beforeEach(() => {
  vandaag = vandaagIso();
  ditJaar = { van: `${vandaag.slice(0, 4)}-01-01`, tot: `${vandaag.slice(0, 4)}-12-31` };
  twaalfMaanden = periodeVoor('twaalfMaanden', vandaag);
});
const euro = (cent: number) => formatBedrag(Math.round(cent / 100) * 100).replace(/,00$/, '');
const CAPTIONS = [
  'Uitstroom naar categorie',
  'Participatieladder per groep: gemiddelde trede bij start en nu',
  'SROI per opdrachtnemer: verplicht en gerealiseerd',
  'Kandidaten per maand: in traject en in betaald werk',
];

test.beforeEach(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test('het dashboard toont de kerncijfers en grafieken van de afgelopen twaalf maanden, ook per groep', {
  tag: '@datum',
}, async ({ page, appUrl, main }) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  const verwacht = await opSchijf(pad, (db) => dashboard(db, twaalfMaanden, null, vandaag));
  // Hard facts of the example werkgroep: candidates, and at least one of them into paid work.
  expect(verwacht.kandidaten.totaal).toBeGreaterThan(0);
  const betaald = verwacht.uitstroom.find((r) => r.categorie === 'betaald_werk')?.aantal ?? 0;
  expect(betaald).toBeGreaterThan(0);

  await expect(page.getByTestId('kerncijfer-kandidaten-waarde')).toHaveText(
    String(verwacht.kandidaten.totaal),
  );
  await expect(page.getByTestId('kerncijfer-betaald-werk-waarde')).toHaveText(`${betaald} kandidaten`);
  await expect(page.getByTestId('kerncijfer-sroi-waarde')).toHaveText(euro(verwacht.sroi.gerealiseerdCent));
  await expect(page.getByTestId('kerncijfer-besparing')).toContainText('Schatting:');
  for (const caption of CAPTIONS) await expect(page.getByRole('figure', { name: caption })).toBeVisible();
  // The numbers behind a chart are there for screen readers, in a table inside its figure.
  const uitstroom = page.getByRole('figure', { name: CAPTIONS[0] });
  await expect(uitstroom.getByRole('row', { name: /betaald werk/ })).toContainText(String(betaald));
  // A share reads the same on the card and in the chart's table; the median is over that row.
  const procent = verwacht.uitstroom.find((r) => r.categorie === 'betaald_werk')?.procent;
  await expect(page.getByTestId('kerncijfer-betaald-werk')).toContainText(`${procent} % van de kandidaten`);
  await expect(uitstroom.getByRole('row', { name: /betaald werk/ })).toContainText(`${procent} %`);
  await expect(page.getByTestId('kerncijfer-tijd')).toContainText(`Over de ${betaald} kandidat`);
  await expect(page.getByTestId('telling-kandidaten')).toHaveText(/\d+/);

  await expectNoAxeViolations(page);
  await vastleggen(page, {
    path: `${SHOTS}01a-dashboard-kerncijfers.png`,
    fullPage: true,
    animations: 'disabled',
  });

  // One group: the heading names it and the figures are those main computes for it.
  const groep = (await opSchijf(pad, (db) => listGroepen(db))).find((g) => g.kandidaten > 0);
  if (!groep) throw new Error('Het voorbeeld heeft geen groep met kandidaten.');
  const perGroep = await opSchijf(pad, (db) => dashboard(db, twaalfMaanden, groep.id, vandaag));
  expect(perGroep.kandidaten.totaal).toBeLessThan(verwacht.kandidaten.totaal);
  await page.getByRole('combobox', { name: 'Groep' }).click();
  await page.getByRole('option', { name: groep.naam }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`Kerncijfers van ${groep.naam}`) }),
  ).toBeVisible();
  await expect(page.getByTestId('kerncijfer-kandidaten-waarde')).toHaveText(
    String(perGroep.kandidaten.totaal),
  );
  await expectNoAxeViolations(page);
  await vastleggen(page, { path: `${SHOTS}01b-dashboard-groep.png`, fullPage: true, animations: 'disabled' });
});

test('de periode is te kiezen en het bedrag voor de schatting is in te stellen', { tag: '@datum' }, async ({
  page,
  appUrl,
  main,
}) => {
  await openVoorbeeld(page, appUrl);
  const pad = main.session.requireFile().path;
  const jaar = Number(vandaag.slice(0, 4)) - 1;
  await page.getByText('Vorig jaar').click();
  await expect(page.getByRole('textbox', { name: 'Van' })).toHaveValue(alsDmj(`${jaar}-01-01`));
  await expect(page.getByRole('heading', { name: new RegExp(`31-12-${jaar}`) })).toBeVisible();
  const vorig = await opSchijf(pad, (db) =>
    dashboard(db, { van: `${jaar}-01-01`, tot: `${jaar}-12-31` }, null, vandaag),
  );
  await expect(page.getByTestId('kerncijfer-kandidaten-waarde')).toHaveText(String(vorig.kandidaten.totaal));

  // An end before the start is said at the field, and main is not asked.
  await vulDatum(page, 'tot en met', `${jaar - 1}-06-30`);
  await expect(page.getByText('Het einde ligt voor het begin.')).toBeVisible();

  await page.getByText('Dit jaar').click();
  await page.getByRole('button', { name: 'Bedrag per maand aanpassen' }).click();
  const veld = page.getByRole('textbox', { name: 'Uitkering per maand (€)' });
  await veld.fill('geen bedrag');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul een bedrag in, bijvoorbeeld 1.250,00.')).toBeVisible();
  await veld.fill('1.500,00');
  await expect(page.getByText('Vul een bedrag in')).toHaveCount(0);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('kerncijfer-besparing')).toContainText('× € 1.500,00 per maand');
  await expect
    .poll(() => opSchijf(pad, (db) => dashboard(db, ditJaar, null, vandaag).besparing.bedragPerMaandCent))
    .toBe(150_000);
});

test('een nieuwe werkgroep zonder gegevens krijgt zinnen in plaats van lege grafieken', async ({
  page,
  appUrl,
}) => {
  await nieuweWerkgroep(page, appUrl, 'Werkgroep Leeg');
  await expect(page.getByTestId('kerncijfer-kandidaten-waarde')).toHaveText('0');
  await expect(page.getByText('Nog geen ladder-metingen in deze periode.')).toBeVisible();
  await expect(page.getByText('Geen SROI-verplichtingen in deze periode.')).toBeVisible();
  await expect(page.getByText('Er is geen bijeenkomst gepland.')).toBeVisible();
  await expectNoAxeViolations(page);
  await vastleggen(page, { path: `${SHOTS}01c-dashboard-leeg.png`, fullPage: true, animations: 'disabled' });
});
