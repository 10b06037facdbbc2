import { expect, expectNoAxeViolations, opBeideSchermen, test } from './fixtures';

test('het palet (Ctrl+K) vindt opdrachten, pagina’s en kandidaten op code; Ctrl+N start een nieuwe werkgroep', async ({
  page,
  appUrl,
  main,
}) => {
  await page.goto(appUrl);
  const palet = page.getByRole('dialog', { name: 'Zoeken en opdrachten' });
  const zoekveld = palet.getByRole('textbox', { name: 'Zoekterm' });

  // Without a werkgroep open only what makes sense then: no Opslaan als, no pages.
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Tafelwerk' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(zoekveld).toBeFocused();
  await expect(palet.getByRole('button', { name: /Nieuwe werkgroep…/ })).toBeVisible();
  // A command says what it does, for a user who does not know it yet.
  await expect(palet.getByRole('button', { name: /Nieuwe werkgroep…/ })).toContainText(
    'Begin een leeg werkgroepbestand voor uw regio.',
  );
  await expect(palet.getByRole('button', { name: /Opslaan als…/ })).toHaveCount(0);
  await expect(palet.getByRole('button', { name: 'Dashboard' })).toHaveCount(0);
  await palet.getByRole('button', { name: 'Voorbeeldwerkgroep openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 20_000 });

  // A candidate by code (never by name): the first one of the example, as main lists it.
  const [kandidaat] = await main.handlers['kandidaten.lijst']({ metNamen: false });
  if (!kandidaat) throw new Error('Het voorbeeld heeft kandidaten.');
  await page.keyboard.press('Control+K');
  await expect(palet.getByRole('button', { name: /Samenvoegen met…/ })).toContainText(
    'kopie van een collega',
  );
  await opBeideSchermen(page, 'palet-opdrachten');
  await zoekveld.fill(kandidaat.code);
  const gevonden = palet.getByRole('button', { name: new RegExp(`^${kandidaat.code}`) });
  await expect(gevonden).toBeVisible();
  await expectNoAxeViolations(page);
  await gevonden.click();
  await expect(palet).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/kandidaten/${kandidaat.id}$`));
  await expect(page.getByRole('heading', { name: kandidaat.code })).toBeVisible();

  // An organisation opens its own page.
  await page.keyboard.press('Control+K');
  await zoekveld.fill('Schelpenbank');
  await palet.getByRole('button', { name: /^Zorggroep De Schelpenbank/ }).click();
  await expect(page).toHaveURL(/#\/organisaties\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 2, name: /^Zorggroep De Schelpenbank/ })).toBeVisible();

  await page.keyboard.press('Control+K');
  await zoekveld.fill('geen-zulke-code-xyz');
  await expect(palet.getByText('Niets gevonden voor "geen-zulke-code-xyz"')).toBeVisible();
  await zoekveld.fill('bijeenkomst');
  await palet.getByRole('button', { name: 'Nieuwe bijeenkomst…' }).click();
  const bijeenkomst = page.getByRole('dialog', { name: 'Bijeenkomst toevoegen' });
  await expect(bijeenkomst).toBeVisible();
  await bijeenkomst.getByRole('button', { name: 'Annuleren' }).click();
  await expect(bijeenkomst).toBeHidden();

  // Outside a text field Ctrl+N starts a new werkgroep.
  await page.keyboard.press('Control+N');
  await expect(page.getByRole('dialog', { name: 'Nieuwe werkgroep' })).toBeVisible();
});
