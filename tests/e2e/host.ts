import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../../electron/main/hardening';
import { createHandlers, type Handlers } from '../../electron/main/ipc/handlers';
import { Session } from '../../electron/main/services/session';
import type { KeuzeBijOpslagfout, OpslagfoutVraag } from '../../electron/main/services/sluiten';
import { klokUitOmgeving } from '../../shared/klok';

// The main side of the browser tests runs on the product's clock, fixed by TAFELWERK_NU when the
// date-sensitive scenarios run at set dates (scripts/test-all.mjs); the page follows it via app.start.
klokUitOmgeving(process.env);

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer (or another built page, `dir`) on 127.0.0.1 (Chromium refuses module
 * scripts from file://).
 */
export async function serveRenderer(
  dir = RENDERER_DIR,
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('out/renderer ontbreekt: voer eerst "npm run build" uit.');
  }
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(dir, path || 'index.html');
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // The same CSP header the Electron shell sets (electron/main/hardening.ts).
      'content-security-policy': cspHeader(),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    // Chromium keeps connections alive; close them, or server.close() waits for them forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Files the fake dialogs will "choose" next; null means the user cancelled. */
export interface DialogScript {
  openPath: string | null;
  savePath: string | null;
  excelOpenPath: string | null;
  excelSavePath: string | null;
  excelOpenPaths: string[];
  folder: string | null;
  /** Answers to "the change is not on disk" on closing, in order; when empty: close anyway. */
  keuzesBijOpslagfout: KeuzeBijOpslagfout[];
  /** The questions asked, for the test to read. */
  gevraagdBijOpslagfout: OpslagfoutVraag[];
}

/**
 * The main-process side of a test: a real Session on a real user data folder. `restart()`
 * simulates quitting and relaunching the app (pending saves finished, lock released).
 */
export class MainHost {
  session!: Session;
  handlers!: Handlers;
  readonly dialogs: DialogScript = {
    openPath: null,
    savePath: null,
    excelOpenPath: null,
    excelSavePath: null,
    excelOpenPaths: [],
    folder: null,
    keuzesBijOpslagfout: [],
    gevraagdBijOpslagfout: [],
  };

  /** What the app asked the file manager to open: the e2e stand-in for Electron's shell. */
  readonly geopend: { wat: 'bestand' | 'map'; pad: string }[] = [];
  /** The mailto: URLs the app asked the mail program to open. */
  readonly mails: string[] = [];
  /** What the app put on the clipboard, last one last. */
  readonly klembord: string[] = [];

  constructor(readonly userData: string) {}

  async start(): Promise<this> {
    this.session = await Session.create({
      userData: this.userData,
      dialogs: {
        chooseFileToOpen: async () => this.dialogs.openPath,
        chooseSaveLocation: async () => this.dialogs.savePath,
        chooseSpreadsheetToOpen: async () => this.dialogs.excelOpenPath,
        chooseSpreadsheetSaveLocation: async () => this.dialogs.excelSavePath,
        chooseSpreadsheetsToOpen: async () => this.dialogs.excelOpenPaths,
        chooseFolder: async () => this.dialogs.folder,
        vraagBijOpslagfout: async (vraag) => {
          this.dialogs.gevraagdBijOpslagfout.push(vraag);
          return this.dialogs.keuzesBijOpslagfout.shift() ?? 'toch_sluiten';
        },
        verkenner: {
          openBestand: async (pad) => {
            this.geopend.push({ wat: 'bestand', pad });
            return '';
          },
          toonInMap: (pad) => {
            this.geopend.push({ wat: 'map', pad });
          },
          openMail: async (url) => {
            this.mails.push(url);
          },
          kopieer: (tekst) => {
            this.klembord.push(tekst);
          },
        },
      },
      file: { backupIntervalMs: 0, keepBackups: 5 },
    });
    this.handlers = createHandlers(this.session);
    return this;
  }

  async restart(): Promise<void> {
    await this.session.shutdown();
    await this.start();
  }
}
