import type { Page } from '@playwright/test';
import {
  getBijeenkomst,
  listActies,
  listBijeenkomsten,
} from '../../electron/main/store/repositories/bijeenkomsten';
import { vandaagIso } from '../../shared/klok';
import { alsDmj, expect, expectNoAxeViolations, openVoorbeeld, opSchijf, test, vulDatum } from './fixtures';

/** Meetings that follow on from each other (#21): the actielijst, the planned meeting, standard agendas. */

const SCHERMEN = [
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

/** Screenshots at both laptop sizes (outside the repo), each checked with axe. */
async function bekijk(page: Page, naam: string) {
  for (const scherm of SCHERMEN) {
    await page.setViewportSize(scherm);
    await page.screenshot({ path: `/tmp/vergadering/${naam}-${scherm.width}.png`, animations: 'disabled' });
    await expectNoAxeViolations(page);
  }
}

async function naarBijeenkomsten(page: Page) {
  await page.getByRole('link', { name: /^Bijeenkomsten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
}

const plusDagen = (iso: string, dagen: number) => {
  const d = new Date(`${iso}T12:00:00`);
  d.setDate(d.getDate() + dagen);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.beforeEach(async ({ page, appUrl }) => {
  await openVoorbeeld(page, appUrl);
});

test('de actielijst telt hoe vaak een actie is uitgesteld, en de voorbereide agenda noemt het', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await naarBijeenkomsten(page);
  await page.getByRole('tab', { name: 'Actielijst' }).click();
  const rij = page.getByTestId('actie-rij').filter({ hasText: 'Evaluatie voorbereiden voor de FO' });
  await expect(rij.getByTestId('uitgesteld')).toHaveCount(0);

  // Move its deadline later, twice: counted twice. Moving it earlier again is not postponing.
  const verzet = async (iso: string) => {
    await rij.getByRole('button', { name: 'Evaluatie voorbereiden voor de FO', exact: true }).click();
    const dialoog = page.getByRole('dialog', { name: 'Actie bewerken' });
    await vulDatum(dialoog, 'Uiterlijk', iso);
    await dialoog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialoog).toBeHidden();
  };
  const vandaag = vandaagIso();
  await verzet(plusDagen(vandaag, 100));
  await expect(rij.getByTestId('uitgesteld')).toHaveText('1× uitgesteld');
  await verzet(plusDagen(vandaag, 120));
  await verzet(plusDagen(vandaag, 110));
  await expect(rij.getByTestId('uitgesteld')).toHaveText('2× uitgesteld');
  expect(
    await opSchijf(pad(), (db) =>
      listActies(db).find((a) => a.omschrijving === 'Evaluatie voorbereiden voor de FO'),
    ),
  ).toMatchObject({ keerUitgesteld: 2, deadline: plusDagen(vandaag, 110) });

  // The overdue example action stays first and red, and says it slipped once before.
  const eerste = page.getByTestId('actie-rij').first();
  await expect(eerste).toHaveAttribute('data-verlopen', 'true');
  await expect(eerste.getByTestId('uitgesteld')).toHaveText('1× uitgesteld');
  await bekijk(page, 'actielijst');

  // The prepared agenda names the postponements in its actielijst item.
  await page.getByRole('tab', { name: 'Bijeenkomsten' }).click();
  await page.getByRole('button', { name: 'Volgende bijeenkomst voorbereiden' }).click();
  const voorbereiden = page.getByRole('dialog', { name: 'Volgende bijeenkomst voorbereiden' });
  const acties = voorbereiden.getByTestId('voorgesteld-punt').filter({ hasText: 'Actielijst' });
  await expect(acties.getByRole('textbox', { name: /^Toelichting bij punt/ })).toHaveValue(
    /Evaluatie voorbereiden voor de FO \(Voorzitter\), uiterlijk \d\d-\d\d-\d{4}, 2× uitgesteld/,
  );
});

test('zonder open acties staat de actielijst toch op de voorbereide agenda', async ({ page }) => {
  await naarBijeenkomsten(page);
  await page.getByRole('tab', { name: 'Actielijst' }).click();
  for (const naam of ['Werkervaringsplaatsen voor groep 2 zoeken', 'Evaluatie voorbereiden voor de FO']) {
    await page.getByRole('button', { name: `${naam}: klaar` }).click();
    await expect(page.getByTestId('actie-rij').filter({ hasText: naam })).toBeHidden();
  }
  await page.getByRole('tab', { name: 'Bijeenkomsten' }).click();
  await page.getByRole('button', { name: 'Volgende bijeenkomst voorbereiden' }).click();
  const voorbereiden = page.getByRole('dialog', { name: 'Volgende bijeenkomst voorbereiden' });
  const acties = voorbereiden.getByTestId('voorgesteld-punt').filter({ hasText: 'Actielijst' });
  await expect(acties.getByRole('textbox', { name: /^Titel van punt/ })).toHaveValue('Actielijst');
  await expect(acties.getByRole('textbox', { name: /^Toelichting bij punt/ })).toHaveValue(
    'Geen open acties.',
  );
});

test('voorbereiden neemt tijd, plaats en genodigden over, en gebruikt daarna de al geplande bijeenkomst', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await naarBijeenkomsten(page);
  const [laatste] = await opSchijf(pad(), (db) => listBijeenkomsten(db));
  const vandaag = vandaagIso();

  // No meeting planned yet: a new one in two weeks, at the time and place of the last one.
  const openVoorbereiden = async () => {
    await page.getByRole('button', { name: 'Volgende bijeenkomst voorbereiden' }).click();
    const d = page.getByRole('dialog', { name: 'Volgende bijeenkomst voorbereiden' });
    await expect(d.getByRole('textbox', { name: 'Plaats' })).toHaveValue('Gemeentehuis Zierikzee');
    return d;
  };
  let dialoog = await openVoorbereiden();
  await expect(dialoog.getByTestId('geplande-bijeenkomst')).toHaveCount(0);
  await expect(dialoog.getByRole('textbox', { name: 'Datum', exact: true })).toHaveValue(
    alsDmj(plusDagen(vandaag, 14)),
  );
  await expect(dialoog.getByRole('textbox', { name: 'Tijd' })).toHaveValue('14:00');
  await expect(dialoog.getByTestId('overgenomen')).toContainText(alsDmj(laatste?.datum ?? ''));
  await expect(
    dialoog.getByRole('checkbox', { name: /^Genodigden overnemen: Mirte Zandvoort, / }),
  ).toBeChecked();
  await bekijk(page, 'voorbereiden-nieuw');
  await dialoog.getByRole('button', { name: 'Bijeenkomst aanmaken met deze agenda' }).click();
  await expect(dialoog).toBeHidden();
  const [nieuw] = await opSchijf(pad(), (db) => listBijeenkomsten(db));
  expect(nieuw).toMatchObject({
    datum: plusDagen(vandaag, 14),
    tijd: '14:00',
    plaats: 'Gemeentehuis Zierikzee',
  });
  const detail = await opSchijf(pad(), (db) => getBijeenkomst(db, nieuw?.id ?? ''));
  expect(detail.aanwezigen.map((a) => a.naam)).toEqual([
    'Mirte Zandvoort',
    'Ruben Kreekrak',
    'Sanne Oesterdijk',
    'Daan Getijde',
  ]);
  const eersteAgenda = detail.agenda.length;
  // Points added on the meeting's own page first: its agenda form stays kept after leaving, and
  // must not come back over what Voorbereiden saves below (a new secretary saw the old agenda).
  await page.getByRole('button', { name: /^Standaardagenda/ }).click();
  await expect(page.getByTestId('agendapunt')).not.toHaveCount(eersteAgenda);
  await expect
    .poll(() => opSchijf(pad(), (db) => getBijeenkomst(db, nieuw?.id ?? '').agenda.length))
    .toBeGreaterThan(eersteAgenda);
  const metStandaard = await opSchijf(pad(), (db) => getBijeenkomst(db, nieuw?.id ?? '').agenda.length);

  // Now one is planned: preparing again prepares that one, counting from the last meeting held.
  await naarBijeenkomsten(page);
  dialoog = await openVoorbereiden();
  await expect(dialoog.getByTestId('geplande-bijeenkomst')).toContainText(
    `al gepland op ${alsDmj(plusDagen(vandaag, 14))}`,
  );
  await expect(dialoog.getByTestId('geplande-bijeenkomst')).toContainText(
    `vervangt de ${metStandaard} agendapunten`,
  );
  await expect(dialoog.getByRole('textbox', { name: 'Datum', exact: true })).toHaveValue(
    alsDmj(plusDagen(vandaag, 14)),
  );
  await expect(
    dialoog.getByText(`sinds de vorige bijeenkomst (${alsDmj(laatste?.datum ?? '')})`),
  ).toBeVisible();
  // It has its own attendees now: nothing to carry over.
  await expect(dialoog.getByRole('checkbox', { name: /^Genodigden overnemen/ })).toHaveCount(0);
  await bekijk(page, 'voorbereiden-gepland');
  await dialoog.getByTestId('voorgesteld-punt').last().getByRole('checkbox').uncheck();
  await dialoog.getByRole('button', { name: 'Agenda opslaan bij deze bijeenkomst' }).click();
  await expect(dialoog).toBeHidden();
  await expect(page.getByTestId('agendapunt')).toHaveCount(eersteAgenda - 1);
  expect(await opSchijf(pad(), (db) => getBijeenkomst(db, nieuw?.id ?? '').agenda.length)).toBe(
    eersteAgenda - 1,
  );
  expect(await opSchijf(pad(), (db) => listBijeenkomsten(db).length)).toBe(4);
});

test('standaardagenda, vorige agenda kopiëren en genodigden uit de contactpersonen', async ({
  page,
  main,
}) => {
  const pad = () => main.session.requireFile().path;
  await naarBijeenkomsten(page);
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Werkgroep / })).toBeVisible();
  await expect(page.getByTestId('agendapunt')).toHaveCount(5);

  // The previous werkgroep meeting's agenda (4 items, its startbijeenkomst in between has none): titles
  // only, and not the ones already on this agenda ("Opening en mededelingen").
  await page.getByRole('button', { name: 'Vorige agenda kopiëren' }).click();
  await expect(page.getByTestId('agendapunt')).toHaveCount(8);
  await expect(page.getByRole('textbox', { name: 'Agendapunt 6' })).toHaveValue('Uitkomsten inventarisatie');
  await expect(page.getByRole('textbox', { name: 'Aantekeningen bij punt 6' })).toHaveValue('');
  // The standard agenda adds its three points that are not there yet (opening and closing are).
  await page.getByRole('button', { name: 'Standaardagenda (Werkgroep)' }).click();
  await expect(page.getByTestId('agendapunt')).toHaveCount(11);
  await expect(page.getByRole('textbox', { name: 'Agendapunt 10' })).toHaveValue('Voortgang van de groepen');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await bekijk(page, 'agenda');
  const id = page.url().split('/').at(-1) ?? '';
  const titels = (await opSchijf(pad(), (db) => getBijeenkomst(db, id).agenda)).map((p) => p.titel);
  expect(titels.slice(5, 7)).toEqual(['Uitkomsten inventarisatie', 'Indeling groep 1']);
  for (const titel of ['Opening en mededelingen', 'Rondvraag en sluiting'])
    expect(
      titels.filter((t) => t === titel),
      titel,
    ).toHaveLength(1);
  expect(titels.at(-1)).toBe('Planning en mijlpalen');

  // Attendees: pick a known contact of an organisation; name and organisation are filled in.
  await page.getByRole('tab', { name: /^Aanwezigen/ }).click();
  await expect(page.getByTestId('aanwezige')).toHaveCount(4);
  await page.getByRole('combobox', { name: 'Contactpersoon toevoegen' }).click();
  await page.getByRole('option', { name: /^M\. de Vlieger \(Zorggroep De Schelpenbank/ }).click();
  await expect(page.getByTestId('aanwezige')).toHaveCount(5);
  await expect(page.getByRole('textbox', { name: 'Naam 5' })).toHaveValue('M. de Vlieger');
  await expect(page.getByTestId('opslagstatus')).toHaveText(/^Opgeslagen/);
  await bekijk(page, 'aanwezigen');
  expect(await opSchijf(pad(), (db) => getBijeenkomst(db, id).aanwezigen.at(-1))).toMatchObject({
    naam: 'M. de Vlieger',
    rol: 'Zorggroep De Schelpenbank (fictief)',
    aanwezig: true,
  });
});
