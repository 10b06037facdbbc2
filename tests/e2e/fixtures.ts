import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page, type PageScreenshotOptions } from '@playwright/test';
import axe from 'axe-core';
import { invokeChannel } from '../../electron/main/ipc/registry';
import type { Db } from '../../electron/main/store/database';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { buildApi } from '../../shared/api/client';
import { KANAALNAMEN } from '../../shared/api/contract';
import { vandaagIso, zetKlok } from '../../shared/klok';
import { MainHost, serveRenderer } from './host';

/** Set per project in playwright.config.ts: the moment main's clock reads, for the @datum runs. */
export interface KlokOpties {
  vastMoment: string | undefined;
}

interface Fixtures {
  /** The real main-process services behind this test's page, on a fresh user data folder. */
  main: MainHost;
  /** The app's URL; `page` has `window.api` bridged to `main`. */
  appUrl: string;
  /** False: "Voorbeeld openen" builds the example itself, as on a first start (default true). */
  voorbeeldKlaar: boolean;
}

/** The example werkgroep as the app builds it, kept per worker (per clock moment) to be copied. */
interface Voorbeeldsjabloon {
  /** Puts a copy of today's example where Tafelwerk keeps new werkgroepen in `userData`. */
  kopieerNaar(userData: string): Promise<void>;
}

export const test = base.extend<Fixtures, KlokOpties & { klok: undefined; voorbeeld: Voorbeeldsjabloon }>({
  vastMoment: [undefined, { option: true, scope: 'worker' }],
  // Before any service runs: a worker of a fixed-moment project runs main's clock on that moment
  // (the page follows main through app.start). Without one, TAFELWERK_NU (host.ts) or the real clock.
  klok: [
    async ({ vastMoment }, use) => {
      if (vastMoment) zetKlok(vastMoment);
      await use(undefined);
    },
    { scope: 'worker', auto: true },
  ],
  // "Voorbeeld openen" builds the example (people, steps, realisations, a saved file) the first time
  // and opens the existing file after that, as for a user. Most scenarios start with it: the worker
  // builds it once per day on its clock and puts a copy where the app looks, so each scenario opens
  // it instead of building it again. first-launch.spec (voorbeeldKlaar false) builds it through the app.
  voorbeeld: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies.
    async ({}, use) => {
      const map = await mkdtemp(join(tmpdir(), 'tafelwerk-e2e-voorbeeld-'));
      let gebouwd: { dag: string; bestand: string } | null = null;
      await use({
        async kopieerNaar(userData) {
          if (gebouwd?.dag !== vandaagIso()) {
            const dag = vandaagIso();
            const bouwer = await new MainHost(join(map, dag)).start();
            await bouwer.session.openVoorbeeld();
            const { path } = bouwer.session.requireFile();
            await bouwer.session.shutdown();
            gebouwd = { dag, bestand: path };
          }
          const doel = join(userData, 'Werkgroepen');
          await mkdir(doel, { recursive: true });
          const naam = gebouwd.bestand.split(/[\\/]/).at(-1) as string;
          await copyFile(gebouwd.bestand, join(doel, naam));
        },
      });
      await rm(map, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
    { scope: 'worker' },
  ],
  voorbeeldKlaar: [true, { option: true }],
  main: async ({ voorbeeld, voorbeeldKlaar }, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'tafelwerk-e2e-'));
    if (voorbeeldKlaar) await voorbeeld.kopieerNaar(userData);
    const host = await new MainHost(userData).start();
    await use(host);
    await host.session.shutdown();
    // A last background write (a backup after the close) can still be landing: retry, as rm allows.
    await rm(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  },
  appUrl: async ({ page, main }, use) => {
    const server = await serveRenderer();
    // Only Electron's transport is replaced: the page calls the same registry main uses.
    await page.exposeBinding('__tafelwerkInvoke', (_source, channel: string, input: unknown) =>
      invokeChannel(main.handlers, channel, input),
    );
    // The same buildApi the preload uses, evaluated in the page before the app's scripts.
    await page.addInitScript({
      content: `Object.defineProperty(window, 'api', { value: Object.freeze((${buildApi.toString()})(${JSON.stringify(
        KANAALNAMEN,
      )}, (channel, input) => window.__tafelwerkInvoke(channel, input))), writable: false });`,
    });
    await use(server.url);
    await server.close();
  },
});

export { expect };

/**
 * Fails the test on any axe-core violation, listing rule ids and the elements involved.
 * axe-core is injected once per loaded page and run in it directly: the app has no frames, so
 * @axe-core/playwright's per-call injection and its extra blank page for combining frame results
 * only cost time (about 1 s per check on a 2-core machine). Only violations are collected.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A fixed-moment run repeats a @datum scenario for what the date changes: the dates and counts on
  // the screen. Roles, names, structure and contrast are the same as in today's run, which checks them.
  if (opVastMoment()) return;
  // A dialog fading in is half transparent: its text would fail the contrast rule. Check the
  // screen as it ends up, once transitions have finished.
  // (Endless ones, such as a loader, are not waited for.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const summary = await page.evaluate(async () => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(summary, 'axe-core violations').toEqual([]);
}

/** True in a fixed-moment project (playwright.config.ts), false in today's run. */
const opVastMoment = () => Boolean((test.info().project.use as Partial<KlokOpties>).vastMoment);

/**
 * A screenshot for `screenshots/`, taken in today's run only. A fixed-moment run repeats a @datum
 * scenario for its date-dependent behaviour; its screenshots would overwrite today's with that
 * moment's dates (whichever project finished last) and cost a full-page capture each.
 */
export async function vastleggen(page: Page, opties: PageScreenshotOptions): Promise<void> {
  if (opVastMoment()) return;
  await page.screenshot(opties);
}

/**
 * Screenshots to look at, at the two laptop sizes (1280×720 and 1024×700), in the test's output
 * folder, not the repo; today's run only (see `vastleggen`). The page gets its size back afterwards.
 */
export async function opBeideSchermen(page: Page, naam: string): Promise<void> {
  if (opVastMoment()) return;
  const was = page.viewportSize();
  for (const [breed, hoog] of [
    [1280, 720],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: breed, height: hoog });
    await page.screenshot({ path: test.info().outputPath(`${naam}-${breed}.png`), animations: 'disabled' });
  }
  if (was) await page.setViewportSize(was);
}

/** Creates a new werkgroep in the Oosterschelderegio from the welcome screen, optionally with a valuation table. */
export async function nieuweWerkgroep(page: Page, appUrl: string, naam: string, tabel?: string) {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Nieuwe werkgroep…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe werkgroep' });
  await dialog.getByRole('textbox', { name: 'Naam van de werkgroep' }).fill(naam);
  await dialog.getByRole('combobox', { name: 'Regio' }).fill('Oosterschelderegio');
  await page.getByRole('option', { name: 'Oosterschelderegio' }).click();
  if (tabel) {
    await dialog.getByRole('combobox', { name: 'Waarderingstabel' }).click();
    await page.getByRole('option', { name: tabel }).click();
  }
  await dialog.getByRole('button', { name: 'Werkgroep aanmaken' }).click();
  await expect(page.getByTestId('werkgroepnaam')).toHaveText(naam);
}

/** Opens the example werkgroep from the welcome screen and waits for the dashboard. */
export async function openVoorbeeld(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  // Building the example (people, steps, realisations) takes a moment on a busy CI machine.
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 20_000 });
}

/** What the saved file says, read the way the app reads it: the screen must agree with the disk. */
export async function opSchijf<T>(path: string, lees: (db: Db) => T): Promise<T> {
  const { db } = await readSnapshot(path);
  try {
    return lees(db);
  } finally {
    db.close();
  }
}

/** '2026-05-01' as a user writes it: '01-05-2026'. */
export const alsDmj = (iso: string) => iso.split('-').reverse().join('-');

/**
 * Types a date the way a user does, dd-mm-jjjj, into the date field labelled `label` inside `waar`,
 * leaves the field (which closes its calendar) and checks the field took it. '' empties the field.
 */
export async function vulDatum(waar: Page | Locator, label: string, iso: string): Promise<void> {
  const veld = waar.getByRole('textbox', { name: label, exact: true });
  await veld.fill(iso === '' ? '' : alsDmj(iso));
  await veld.press('Tab');
  await expect(veld).toHaveValue(iso === '' ? '' : alsDmj(iso));
}

/** '2026-05' as the month field shows it: 'mei 2026'. */
export const maandTekst = (maand: string) =>
  new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' }).format(
    new Date(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)) - 1, 1),
  );

/** Picks month 'YYYY-MM' in the month field labelled `label`: open it, go to the year, click the month. */
export async function kiesMaand(waar: Page | Locator, label: string, maand: string): Promise<void> {
  const page = 'page' in waar ? waar.page() : waar;
  await waar.getByRole('button', { name: label, exact: true }).click();
  const kalender = page.locator('[data-dates-dropdown]');
  const jaar = Number(maand.slice(0, 4));
  // The header button names the year on show; step towards the wanted one.
  const kop = kalender.locator('[class*="-calendarHeaderLevel"]');
  for (let stap = 0; stap < 50; stap++) {
    const getoond = Number(await kop.textContent());
    if (getoond === jaar) break;
    await kalender.getByRole('button', { name: getoond < jaar ? 'Volgend jaar' : 'Vorig jaar' }).click();
    await expect(kop).not.toHaveText(String(getoond));
  }
  await kalender.getByRole('button', { name: maandTekst(maand), exact: true }).click();
  await expect(kalender).toHaveCount(0);
}

/**
 * The notice after writing a file: `melding` and the file's name only (the full path fills the
 * notice); the full path is its title, for hovering. Answers the notice.
 */
export async function verwachtOpgeslagen(page: Page, melding: string, pad: string): Promise<Locator> {
  const naam = pad.split(/[\\/]/).at(-1) ?? pad;
  const notice = page.getByRole('alert').filter({ hasText: `${melding} ${naam}.` });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice.getByTestId('export-bestandsnaam')).toHaveAttribute('title', pad);
  await expect(notice).not.toContainText(pad);
  return notice;
}
