import { WACHTTIJD_MS } from '../../renderer/src/app/typenBewaren';
import { expect, test } from '../bouwstenen/bouwen';

// The shared form dialog, the question before closing, the row actions and save-as-you-type on
// their own (tests/bouwstenen): what each gives its caller, which the pages' scenarios cannot see.

test('FormulierDialoog: ongewijzigd sluit meteen; gewijzigd vraagt eerst en sluit pas na "Niet opslaan"', async ({
  page,
  toon,
}) => {
  await toon('FormulierDialoog');
  const open = page.getByRole('button', { name: 'Groep bewerken' });
  const dialoog = page.getByRole('dialog', { name: 'Groep bewerken' });
  const vraag = page.getByRole('dialog', { name: 'Wijzigingen niet opslaan?' });
  const log = page.getByTestId('log').locator('li');

  await open.click();
  await expect(dialoog.getByRole('textbox', { name: 'Naam' })).toHaveValue('Groep Noord');
  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialoog).toBeHidden();
  await expect(log).toHaveText(['gesloten']);

  await open.click();
  await dialoog.getByRole('textbox', { name: 'Naam' }).fill('Groep Zuid');
  await page.keyboard.press('Escape');
  await expect(vraag).toContainText('U hebt in “Groep bewerken” iets gewijzigd');
  // Back to the form is the default answer: Enter keeps the typed text.
  await page.keyboard.press('Enter');
  await expect(vraag).toBeHidden();
  await expect(dialoog.getByRole('textbox', { name: 'Naam' })).toHaveValue('Groep Zuid');
  await expect(log).toHaveText(['gesloten']);

  await dialoog.getByRole('button', { name: 'Venster sluiten' }).click();
  await vraag.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(log).toHaveText(['gesloten', 'gesloten']);
});

test('FormulierDialoog: slaat niet op zolang een datumveld geen datum heeft, wel daarna', async ({
  page,
  toon,
}) => {
  await toon('FormulierDialoog');
  await page.getByRole('button', { name: 'Groep bewerken' }).click();
  const dialoog = page.getByRole('dialog', { name: 'Groep bewerken' });
  const start = dialoog.getByRole('textbox', { name: 'Startdatum' });
  const log = page.getByTestId('log').locator('li');

  // Enter in the date field itself: the field is not left, yet the message comes and nothing is saved.
  await start.fill('31-09-2026');
  await start.press('Enter');
  await expect(dialoog.getByText('31-09-2026 bestaat niet. Typ de datum als dd-mm-jjjj.')).toBeVisible();
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeVisible();
  await expect(start).toBeFocused();
  await expect(log).toHaveCount(0);

  await start.fill('30-09-2026');
  await dialoog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(log).toHaveText(['opgeslagen: {"naam":"Groep Noord","start":"2026-09-30"}']);
});

test('useVraagVoorSluiten: een dialoog zonder formulier vraagt alleen als er iets gewijzigd is', async ({
  page,
  toon,
}) => {
  await toon('VraagVoorSluiten');
  const open = page.getByRole('button', { name: 'Voorbereiden' });
  const dialoog = page.getByRole('dialog', { name: 'Agenda voorbereiden' });
  const vraag = page.getByRole('dialog', { name: 'Wijzigingen niet opslaan?' });
  const log = page.getByTestId('log').locator('li');

  await open.click();
  await page.keyboard.press('Escape');
  await expect(dialoog).toBeHidden();
  await expect(log).toHaveText(['gesloten']);

  await open.click();
  await dialoog.getByRole('checkbox', { name: 'Agendapunt overnemen' }).check();
  // Escape while the question is open belongs to the question: the dialog under it stays.
  await page.keyboard.press('Escape');
  await expect(vraag).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(vraag).toBeHidden();
  await expect(dialoog).toBeVisible();
  await expect(dialoog.getByRole('checkbox', { name: 'Agendapunt overnemen' })).toBeChecked();

  await dialoog.getByRole('button', { name: 'Annuleren' }).click();
  await vraag.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialoog).toBeHidden();
  await expect(log).toHaveText(['gesloten', 'gesloten']);
});

test('RijActies: bewerken meteen, verwijderen pas na bevestigen; Annuleren verwijdert niets', async ({
  page,
  toon,
}) => {
  await toon('RijActies');
  const log = page.getByTestId('log').locator('li');
  const vraag = page.getByRole('dialog', { name: 'Verwijderen' });

  await page.getByRole('button', { name: 'Groep “Noord” bewerken' }).click();
  await expect(log).toHaveText(['bewerken: Groep Noord']);
  // A row that cannot be edited has only Verwijderen.
  await expect(page.getByRole('button', { name: 'Realisatie “Intake” bewerken' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Groep “Noord” verwijderen' }).click();
  await expect(vraag).toContainText('Groep “Noord” verwijderen?');
  // Annuleren has the focus: Enter after a stray click keeps the row.
  await page.keyboard.press('Enter');
  await expect(vraag).toBeHidden();
  await expect(log).toHaveText(['bewerken: Groep Noord']);

  await page.getByRole('button', { name: 'Realisatie “Intake” verwijderen' }).click();
  await expect(vraag).toContainText('Realisatie “Intake” verwijderen?');
  await vraag.getByRole('button', { name: 'Verwijderen' }).click();
  // The question stays, busy, until the delete says it is done.
  await expect(vraag.getByRole('button', { name: 'Verwijderen' })).toHaveAttribute('data-loading', 'true');
  await expect(log).toHaveText(['bewerken: Groep Noord']);
  // Behind the open question (a modal), so clicked as an event: main's answer is no user's click.
  await page.getByTestId('main-antwoordt').dispatchEvent('click');
  await expect(vraag).toBeHidden();
  await expect(log).toHaveText(['bewerken: Groep Noord', 'verwijderd: Intake']);
});

test('useBewaarTijdensTypen: stuurt na een pauze één keer wat er staat, bij weggaan meteen; de kop zegt hoe het staat', async ({
  page,
  toon,
}) => {
  // The page's clock stands still: only the test moves it, so "after the pause" is exact.
  await page.clock.install({ time: new Date('2026-05-04T10:00:00') });
  await toon('useBewaarTijdensTypen');
  await page.clock.pauseAt(new Date('2026-05-04T10:01:00'));
  const notitie = page.getByRole('textbox', { name: 'Notitie' });
  const status = page.getByTestId('opslagstatus');
  const log = page.getByTestId('log').locator('li');
  const mainAntwoordt = page.getByRole('button', { name: 'Main antwoordt' });

  await notitie.focus();
  await page.keyboard.press('End');
  await notitie.pressSequentially(', daarna een stage');
  await expect(status).toHaveText('Niet opgeslagen');
  await page.clock.runFor(WACHTTIJD_MS - 50);
  await expect(log).toHaveCount(0);
  await page.clock.runFor(50);
  // One save for the whole burst of typing, not one per key.
  await expect(log).toHaveText(['opslaan: Eerste gesprek gepland, daarna een stage']);
  await expect(status).toHaveText('Opslaan…');
  await mainAntwoordt.click();
  await expect(status).toHaveText(/^Opgeslagen om \d\d:\d\d$/);
  await expect(page.getByTestId('opgeslagen')).toHaveText('"Eerste gesprek gepland, daarna een stage"');

  // Leaving the form (another tab) sends what is typed at once: the clock has not moved.
  await notitie.fill('Stage bij Kwekerij Het Groene Veld');
  await page.getByRole('button', { name: 'Andere tab' }).click();
  await expect(notitie).toHaveCount(0);
  await expect(log).toHaveText([
    'opslaan: Eerste gesprek gepland, daarna een stage',
    'opslaan: Stage bij Kwekerij Het Groene Veld',
  ]);
  await expect(status).toHaveText('Opslaan…');
  await mainAntwoordt.click();
  await expect(page.getByTestId('opgeslagen')).toHaveText('"Stage bij Kwekerij Het Groene Veld"');
  await expect(status).toHaveText(/^Opgeslagen om/);
});

test('useBewaarTijdensTypen: een melding houdt het versturen tegen; een geweigerde opslag blijft staan', async ({
  page,
  toon,
}) => {
  await toon('useBewaarTijdensTypen');
  const notitie = page.getByRole('textbox', { name: 'Notitie' });
  const status = page.getByTestId('opslagstatus');
  const log = page.getByTestId('log').locator('li');
  const mainAntwoordt = page.getByRole('button', { name: 'Main antwoordt' });

  // Emptied: the form's own check says why, and nothing goes to main.
  await notitie.fill('');
  await expect(page.getByText('Vul een notitie in.')).toBeVisible();
  await expect(status).toHaveText('Niet opgeslagen');

  // Main refuses: its Dutch message as a notification; the text stays and the header keeps saying so.
  await page.getByRole('checkbox', { name: 'Main weigert' }).check();
  await notitie.fill('Nieuwe afspraak');
  await expect(page.getByText('Vul een notitie in.')).toHaveCount(0);
  await expect(log).toHaveText(['opslaan: Nieuwe afspraak']);
  await mainAntwoordt.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dat lukte niet' })).toContainText(
    'De notitie kon niet worden opgeslagen.',
  );
  await expect(status).toHaveText('Niet opgeslagen');
  await expect(notitie).toHaveValue('Nieuwe afspraak');
  await expect(page.getByTestId('opgeslagen')).toHaveText('"Eerste gesprek gepland"');

  // Main accepts again: leaving sends the same text once more, and now it is stored.
  await page.getByRole('checkbox', { name: 'Main weigert' }).uncheck();
  await page.getByRole('button', { name: 'Andere tab' }).click();
  await expect(log).toHaveText(['opslaan: Nieuwe afspraak', 'opslaan: Nieuwe afspraak']);
  await mainAntwoordt.click();
  await expect(page.getByTestId('opgeslagen')).toHaveText('"Nieuwe afspraak"');
  // The file of this scenario was saved on 4 May 2026: on any other day the header names the day.
  await expect(status).toHaveText(/^Opgeslagen (op 04-05-2026 )?om \d\d:\d\d$/);
});

test('statusstukken: opslagstatus, lader, waarschuwing en startfout zeggen het in het Nederlands', async ({
  page,
  toon,
}) => {
  await toon('Status');
  // Saved at 09:15 UTC on 4 May 2026, shown in the users' zone; the day too unless that is today.
  await expect(page.getByTestId('opgeslagen').getByRole('status')).toHaveText(
    /^Opgeslagen (op 04-05-2026 )?om 11:15$/,
  );
  const mislukt = page.getByTestId('mislukt').getByRole('status');
  await expect(mislukt).toHaveText('Niet opgeslagen');
  // The reason is one hover (or tab) away.
  await mislukt.hover();
  await expect(page.getByRole('tooltip')).toHaveText(
    'Opslaan is mislukt (EACCES). Uw wijzigingen staan nog in Tafelwerk.',
  );
  // Every loader is announced by what it loads (the theme gives it the role).
  await expect(page.getByRole('status', { name: 'Aanbod laden' })).toBeVisible();
  // The warning's title is in the page's text colour, not Mantine's unreadable yellow.
  const titel = page.getByText('Let op', { exact: true });
  await expect(titel).toBeVisible();
  const tekstkleur = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(await titel.evaluate((e) => getComputedStyle(e).color)).toBe(tekstkleur);
  await expect(page.getByText('Wat u typt, wordt vanzelf opgeslagen.')).toBeVisible();

  await toon('StartFout');
  await expect(page.getByRole('heading', { level: 1, name: 'Tafelwerk kon niet starten' })).toBeVisible();
  await expect(page.getByText('Het bestand kon niet worden gelezen.')).toBeVisible();
});
