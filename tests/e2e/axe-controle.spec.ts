import { expect, expectNoAxeViolations, test } from './fixtures';

// The accessibility check every scenario relies on must itself catch a violation, also on a page
// where it already ran once (axe-core is injected once per page and then reused).
test('de toegankelijkheidscontrole vindt een ontbrekende alt-tekst en een knop zonder naam', async ({
  page,
}) => {
  await page.setContent(
    '<html lang="nl"><head><title>Goed</title></head><body><main><h1>Goed</h1></main></body></html>',
  );
  await expectNoAxeViolations(page);
  await page.setContent(
    '<html lang="nl"><body><main><img src="x.png"><button></button></main></body></html>',
  );
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt.*button-name|button-name.*image-alt/s);
});
