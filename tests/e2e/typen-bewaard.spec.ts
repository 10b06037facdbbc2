import type { Locator, Page } from '@playwright/test';
import { getDossier } from '../../electron/main/services/kandidaten';
import { getBijeenkomst, listBijeenkomsten } from '../../electron/main/store/repositories/bijeenkomsten';
import { getEvaluatie } from '../../electron/main/store/repositories/evaluaties';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { getWerkgroep } from '../../electron/main/store/repositories/werkgroep';
import { WACHTTIJD_MS } from '../../renderer/src/app/typenBewaren';
import type { Api } from '../../shared/api/client';
import type { ChannelName } from '../../shared/api/contract';
import { expect, openVoorbeeld, opSchijf, test } from './fixtures';
import type { MainHost } from './host';

// Nothing typed is ever lost: text typed in a form is saved as it is typed, leaving a tab, a page or
// the file sends it at once, and the header says when typed text is not on disk yet.

const status = (page: Page) => page.getByTestId('opslagstatus');

/** The record id at the end of the address, e.g. `#/kandidaten/<id>`. */
const idUitAdres = (page: Page) => decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');

async function naar(page: Page, onderdeel: string) {
  await page.getByRole('link', { name: new RegExp(`^${onderdeel}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: onderdeel })).toBeVisible();
}

async function eersteKandidaat(page: Page): Promise<string> {
  await naar(page, 'Kandidaten');
  await page
    .getByRole('link', { name: /^Kandidaat .* openen$/ })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Persoonlijk plan' })).toBeVisible();
  return idUitAdres(page);
}

async function eersteBijeenkomst(page: Page): Promise<string> {
  await naar(page, 'Bijeenkomsten');
  await page.getByTestId('bijeenkomst-rij').first().getByRole('link').click();
  return idUitAdres(page);
}

/**
 * Holds every call to `channel` in main until `laatGaan` is called, so the test can look at the
 * screen while a save is on its way. The calls still go through the real handler afterwards.
 */
function houdVast(main: MainHost, channel: ChannelName) {
  const handlers = main.handlers as unknown as Record<string, (input: unknown) => unknown>;
  const echt = handlers[channel];
  let laatGaan = () => {};
  const poort = new Promise<void>((klaar) => {
    laatGaan = klaar;
  });
  let aangekomen = 0;
  handlers[channel] = async (input) => {
    aangekomen++;
    await poort;
    return echt?.(input);
  };
  return { laatGaan, aangekomen: () => aangekomen };
}

test.beforeEach(async ({ page, appUrl }) => {
  // Timers run as usual; one test stops them for a moment (page.clock.pauseAt).
  await page.clock.install();
  await openVoorbeeld(page, appUrl);
});

test('wensen in het persoonlijk plan blijven staan na een andere tab, en staan in het bestand', async ({
  page,
  main,
}) => {
  const id = await eersteKandidaat(page);
  const wens = 'Buiten werken, in een vast team, met de handen.';
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  await page.getByRole('textbox', { name: 'Wensen en dromen' }).fill(wens);
  // At once, well within the pause that would send it anyway.
  await page.getByRole('tab', { name: 'Leerlijn' }).click();
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  await expect(page.getByRole('textbox', { name: 'Wensen en dromen' })).toHaveValue(wens);
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getDossier(db, id).plan.wensen)).toBe(wens);

  // Another page and back: the same, from the file.
  await naar(page, 'Dashboard');
  await page.goBack();
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  await expect(page.getByRole('textbox', { name: 'Wensen en dromen' })).toHaveValue(wens);
});

test('de kop zegt "Niet opgeslagen" en "Opslaan…" tot getypte tekst in het bestand staat', async ({
  page,
  main,
}) => {
  const id = await eersteKandidaat(page);
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  const veld = page.getByRole('textbox', { name: 'In eigen woorden' });
  await veld.clear();
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const opslaan = houdVast(main, 'kandidaten.planOpslaan');
  // The page's timers stand still while the screen is read, however slow this machine is today.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));

  await veld.pressSequentially('Ik wil weer');
  // Typed, not sent yet: the pause has not passed.
  await expect(status(page)).toHaveText('Niet opgeslagen');
  expect(opslaan.aangekomen()).toBe(0);
  // The pause passed: on its way to main, which holds it.
  await page.clock.runFor(WACHTTIJD_MS);
  await expect(status(page)).toHaveText('Opslaan…');
  await expect.poll(opslaan.aangekomen).toBe(1);
  // Typing on while that save runs: waiting again, and the refreshed record leaves the field alone.
  await veld.pressSequentially(' meedoen.');
  await expect(status(page)).toHaveText('Niet opgeslagen');
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getDossier(db, id).plan.eigenWoorden)).toBeNull();

  await page.clock.resume();
  opslaan.laatGaan();
  await expect(status(page)).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await expect(veld).toHaveValue('Ik wil weer meedoen.');
  expect(await opSchijf(pad, (db) => getDossier(db, id).plan.eigenWoorden)).toBe('Ik wil weer meedoen.');
});

test('een aantekening bij een agendapunt blijft staan na de tab Besluiten, en staat in het bestand', async ({
  page,
  main,
}) => {
  const id = await eersteBijeenkomst(page);
  const notitie = 'Welkom aan de nieuwe secretaris; de notulen zijn vastgesteld.';
  await page.getByRole('textbox', { name: 'Aantekeningen bij punt 2' }).fill(notitie);
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await page.getByRole('tab', { name: /^Agenda/ }).click();
  await expect(page.getByRole('textbox', { name: 'Aantekeningen bij punt 2' })).toHaveValue(notitie);
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const pad = main.session.requireFile().path;
  const agenda = await opSchijf(pad, (db) => getBijeenkomst(db, id).agenda);
  expect(agenda[1]?.notitie).toBe(notitie);

  // A new item left empty is not saved (nor in the way); a note without a title asks for one.
  await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  const nieuw = `Aantekeningen bij punt ${agenda.length + 1}`;
  await page.getByRole('textbox', { name: nieuw }).fill('Zonder titel');
  await expect(page.getByText('Vul de titel van het agendapunt in.')).toBeVisible();
  await expect(status(page)).toHaveText('Niet opgeslagen');
  await page.getByRole('textbox', { name: `Agendapunt ${agenda.length + 1}` }).fill('Rondvraag');
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const daarna = await opSchijf(pad, (db) => getBijeenkomst(db, id).agenda);
  expect(daarna.at(-1)).toMatchObject({ titel: 'Rondvraag', notitie: 'Zonder titel' });
});

test('een nieuw besluit dat nog niet is vastgelegd blijft staan na een andere pagina, en krijgt pas bij vastleggen een nummer', async ({
  page,
  main,
}) => {
  const id = await eersteBijeenkomst(page);
  const pad = main.session.requireFile().path;
  const aantal = await opSchijf(pad, (db) => getBijeenkomst(db, id).besluiten.length);
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  const besluit = 'De werkgroep vergadert voortaan om de zes weken.';
  await page.getByRole('textbox', { name: 'Nieuw besluit' }).fill(besluit);
  await page.getByRole('combobox', { name: 'Activiteit in de planning' }).click();
  await page.getByRole('option', { name: 'Groep 3', exact: true }).click();
  // A draft is not on disk: the header says so, also after the pause that sends typed text, and
  // so does the field, with what to do.
  await page.clock.runFor(WACHTTIJD_MS * 2);
  await expect(status(page)).toHaveText('Niet opgeslagen');
  await expect(page.getByTestId('besluit-concept')).toContainText('Nog niet toegevoegd');

  await naar(page, 'Kandidaten');
  await expect(status(page)).toHaveText('Niet opgeslagen');
  await page.goBack();
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await expect(page.getByRole('textbox', { name: 'Nieuw besluit' })).toHaveValue(besluit);
  await expect(page.getByRole('combobox', { name: 'Activiteit in de planning' })).toHaveValue('Groep 3');
  // Never recorded by itself: a decision gets its number only from the button.
  expect(await opSchijf(pad, (db) => getBijeenkomst(db, id).besluiten.length)).toBe(aantal);

  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByRole('textbox', { name: 'Nieuw besluit' })).toHaveValue('');
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const besluiten = await opSchijf(pad, (db) => getBijeenkomst(db, id).besluiten);
  expect(besluiten).toHaveLength(aantal + 1);
  expect(besluiten.at(-1)).toMatchObject({ tekst: besluit, activiteitTitel: 'Groep 3' });

  // Recorded, it is no draft any more: another visit starts with an empty field.
  await naar(page, 'Kandidaten');
  await page.goBack();
  await page.getByRole('tab', { name: /^Besluiten/ }).click();
  await expect(page.getByRole('textbox', { name: 'Nieuw besluit' })).toHaveValue('');
});

test('conclusies van een evaluatie blijven staan na een andere pagina, en staan in het bestand', async ({
  page,
  main,
}) => {
  await naar(page, 'Evaluatie');
  await page.getByRole('button', { name: 'Evaluatie maken' }).click();
  const maken = page.getByRole('dialog', { name: 'Evaluatie maken' });
  await maken.getByRole('textbox', { name: 'Titel' }).fill('Evaluatie voor de test');
  await maken.getByRole('button', { name: 'Evaluatie maken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evaluatie voor de test' })).toBeVisible();
  const id = idUitAdres(page);

  const conclusies = 'Een vaste begeleider per kandidaat werkt.';
  const voorstellen = 'De gemeente vraagt de VOG aan bij de intake.';
  await page.getByRole('textbox', { name: 'Conclusies' }).fill(conclusies);
  await page.getByRole('textbox', { name: 'Voorstellen' }).fill(voorstellen);
  await naar(page, 'Dashboard');
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Conclusies' })).toHaveValue(conclusies);
  await expect(page.getByRole('textbox', { name: 'Voorstellen' })).toHaveValue(voorstellen);
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getEvaluatie(db, id))).toMatchObject({ conclusies, voorstellen });
});

test('tekst die nog getypt wordt, gaat mee in het bestand als het wordt gesloten', async ({ page, main }) => {
  const id = await eersteKandidaat(page);
  const pad = main.session.requireFile().path;
  await page.getByRole('tab', { name: 'Persoonlijk plan' }).click();
  // Timers stopped: the pause after typing never passes, so only closing the file can send it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.getByRole('textbox', { name: 'Mogelijke scholing' }).fill('Heftruckcertificaat');
  await expect(status(page)).toHaveText('Niet opgeslagen');
  await page.getByRole('button', { name: 'Bestand' }).click();
  // Long enough for the menu to open, well short of the pause.
  await page.clock.runFor(200);
  await page.getByRole('menuitem', { name: 'Werkgroep sluiten' }).click();
  await page.clock.resume();
  await expect(page.getByRole('button', { name: 'Voorbeeld openen' })).toBeVisible();
  expect(await opSchijf(pad, (db) => getDossier(db, id).plan.scholing)).toBe('Heftruckcertificaat');
});

test('een gewijzigd formulier sluiten vraagt eerst; een ongewijzigd sluit meteen', async ({ page, main }) => {
  await naar(page, 'Organisaties');
  const toevoegen = page.getByRole('button', { name: 'Organisatie toevoegen' });
  const dialoog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  const vraag = page.getByRole('dialog', { name: 'Wijzigingen niet opslaan?' });

  // Opened and closed untouched: no question.
  await toevoegen.click();
  await dialoog.getByRole('textbox', { name: 'Naam' }).click();
  await page.keyboard.press('Escape');
  await expect(dialoog).toBeHidden();
  await expect(vraag).toBeHidden();

  // Typed, then Escape: asked; back to the form keeps the text.
  await toevoegen.click();
  await dialoog.getByRole('textbox', { name: 'Naam' }).fill('Kwekerij De Zeeuwse Tuin');
  await page.keyboard.press('Escape');
  await expect(vraag).toBeVisible();
  await expect(vraag).toContainText('Organisatie toevoegen');
  await vraag.getByRole('button', { name: 'Terug naar het formulier' }).click();
  await expect(vraag).toBeHidden();
  await expect(dialoog.getByRole('textbox', { name: 'Naam' })).toHaveValue('Kwekerij De Zeeuwse Tuin');

  // The cross and Annuleren ask too; "Niet opslaan" closes without saving.
  await dialoog.getByRole('button', { name: 'Venster sluiten' }).click();
  await expect(vraag).toBeVisible();
  await vraag.getByRole('button', { name: 'Terug naar het formulier' }).click();
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(vraag).toBeVisible();
  await vraag.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(vraag).toBeHidden();
  await expect(dialoog).toBeHidden();
  const pad = main.session.requireFile().path;
  const namen = await opSchijf(pad, (db) => listOrganisaties(db, {}).map((o) => o.naam));
  expect(namen).not.toContain('Kwekerij De Zeeuwse Tuin');

  // Typed back to what it was: nothing changed, nothing asked.
  await toevoegen.click();
  const naam = dialoog.getByRole('textbox', { name: 'Naam' });
  await naam.fill('x');
  await naam.fill('');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialoog).toBeHidden();
  await expect(vraag).toBeHidden();
});

/** The question asked when a dialog with changes is closed. */
const vraagVenster = (page: Page) => page.getByRole('dialog', { name: 'Wijzigingen niet opslaan?' });

/** Types `tekst` into `veld` of the dialog `titel`, presses Escape: asked; back to the form keeps it. */
async function typEnSluitMetEscape(page: Page, veld: Locator, tekst: string, titel: string) {
  await veld.fill(tekst);
  await page.keyboard.press('Escape');
  await expect(vraagVenster(page)).toBeVisible();
  await expect(vraagVenster(page)).toContainText(titel);
  await vraagVenster(page).getByRole('button', { name: 'Terug naar het formulier' }).click();
  await expect(vraagVenster(page)).toBeHidden();
  await expect(veld).toHaveValue(tekst);
}

test('instellingen worden bewaard terwijl u typt, ook na een andere pagina', async ({ page, main }) => {
  await naar(page, 'Instellingen');
  const regio = page.getByRole('combobox', { name: 'Regio' });
  const gebruiker = page.getByRole('textbox', { name: 'Uw naam' });
  await regio.fill('Regio Bevelanden');
  await page.keyboard.press('Escape');
  await gebruiker.fill('Fenna Testpersoon');
  // At once, well within the pause that would send it anyway.
  await naar(page, 'Dashboard');
  await naar(page, 'Instellingen');
  await expect(regio).toHaveValue('Regio Bevelanden');
  await expect(gebruiker).toHaveValue('Fenna Testpersoon');
  await expect(status(page)).toHaveText(/^Opgeslagen/);
  const pad = main.session.requireFile().path;
  expect(await opSchijf(pad, (db) => getWerkgroep(db).regio)).toBe('Regio Bevelanden');
  // The user's own name is kept on this computer, outside the file: asked from main.
  const opgeslagen = await page.evaluate(async () => {
    const { api } = window as unknown as { api: Api };
    const r = await api.instellingen.ophalen({});
    return r.ok ? r.data.gebruikersnaam : r.error.message;
  });
  expect(opgeslagen).toBe('Fenna Testpersoon');
});

test('een nieuwe werkgroep met getypte naam sluiten vraagt eerst, en begint daarna leeg', async ({
  page,
}) => {
  const dialoog = page.getByRole('dialog', { name: 'Nieuwe werkgroep' });
  const vraag = vraagVenster(page);
  const openNieuw = async () => {
    await page.getByRole('button', { name: 'Bestand' }).click();
    await page.getByRole('menuitem', { name: 'Nieuwe werkgroep…' }).click();
    await expect(dialoog).toBeVisible();
  };

  // Untouched: closes at once.
  await openNieuw();
  await page.keyboard.press('Escape');
  await expect(dialoog).toBeHidden();
  await expect(vraag).toBeHidden();

  await openNieuw();
  const naam = dialoog.getByRole('textbox', { name: 'Naam van de werkgroep' });
  await typEnSluitMetEscape(page, naam, 'Werkgroep Schouwen', 'Nieuwe werkgroep');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await vraag.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialoog).toBeHidden();
  // Still in the example's file, and the next new werkgroep starts empty.
  await expect(page.getByTestId('bestandsnaam')).toContainText('Oosterschelderegio');
  await openNieuw();
  await expect(naam).toHaveValue('');
});

test('de voorbereiding van een bijeenkomst sluiten na een wijziging vraagt eerst', async ({ page, main }) => {
  await naar(page, 'Bijeenkomsten');
  const pad = main.session.requireFile().path;
  const aantal = await opSchijf(pad, (db) => listBijeenkomsten(db).length);
  const openen = page.getByRole('button', { name: 'Volgende bijeenkomst voorbereiden' });
  const dialoog = page.getByRole('dialog', { name: 'Volgende bijeenkomst voorbereiden' });
  const vraag = vraagVenster(page);
  const titel = dialoog.getByRole('textbox', { name: 'Titel van punt 1' });

  // Opened, the proposal arrived, nothing changed: closes at once.
  await openen.click();
  await expect(titel).not.toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialoog).toBeHidden();
  await expect(vraag).toBeHidden();

  // A reworded point: Escape asks, back keeps it; a point left out, then Annuleren asks too.
  await openen.click();
  await typEnSluitMetEscape(page, titel, 'Opening door de voorzitter', 'Volgende bijeenkomst voorbereiden');
  await dialoog.getByRole('checkbox', { name: 'Punt 2 opnemen' }).uncheck();
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(vraag).toBeVisible();
  await vraag.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialoog).toBeHidden();
  expect(await opSchijf(pad, (db) => listBijeenkomsten(db).length)).toBe(aantal);

  // Another place typed: asked as well.
  await openen.click();
  await dialoog.getByRole('textbox', { name: 'Plaats' }).fill('Dorpshuis Wemeldinge');
  await dialoog.getByRole('button', { name: 'Venster sluiten' }).click();
  await expect(vraag).toBeVisible();
});

test('een andere pagina begint bovenaan', async ({ page }) => {
  await naar(page, 'SROI');
  await page.getByRole('tab', { name: 'Realisaties' }).click();
  // Scroll to the bottom once the tab's rows are there (the page's code may still be loading).
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY;
      }),
    )
    .toBeGreaterThan(200);
  // The dashboard was loaded at the start, so it replaces the page at once (no short loader in
  // between that would bring the scroll back to the top by itself).
  await naar(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: 'Kerncijfers' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
