import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { svgNaarPng } from '../../electron/main/excel/png';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Pakket {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The folder npm installed `naam` into, looked up from `vanaf` the way Node resolves it. */
function pakketMap(naam: string, vanaf: string): string | null {
  for (let map = vanaf; ; map = dirname(map)) {
    const kandidaat = join(map, 'node_modules', naam);
    if (existsSync(join(kandidaat, 'package.json'))) return kandidaat;
    if (dirname(map) === map) return null;
  }
}

/** Every installed package the app needs at run time: the production dependencies and theirs. */
function productieBoom(): string[] {
  const gezien = new Set<string>();
  const wachtrij: [string, string][] = Object.keys(
    (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Pakket).dependencies ?? {},
  ).map((n) => [n, ROOT]);
  while (wachtrij.length > 0) {
    const [naam, vanaf] = wachtrij.pop() as [string, string];
    const map = pakketMap(naam, vanaf);
    if (!map || gezien.has(map)) continue;
    gezien.add(map);
    const pkg = JSON.parse(readFileSync(join(map, 'package.json'), 'utf8')) as Pakket;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }))
      wachtrij.push([dep, map]);
  }
  return [...gezien];
}

function nativeBestanden(map: string): string[] {
  const gevonden: string[] = [];
  for (const naam of readdirSync(map)) {
    if (naam === 'node_modules') continue; // nested packages are visited as packages of their own
    const pad = join(map, naam);
    const info = statSync(pad);
    if (info.isDirectory()) gevonden.push(...nativeBestanden(pad));
    else if (naam.endsWith('.node') || naam === 'binding.gyp') gevonden.push(pad.slice(ROOT.length));
  }
  return gevonden;
}

describe('the app installs the same on every platform', () => {
  test('no production dependency ships a native binary (a .node file or a node-gyp build)', () => {
    const boom = productieBoom();
    // The tree is really walked: the known run-time packages are in it.
    for (const naam of ['sql.js', 'exceljs', 'zod', '@resvg/resvg-wasm']) {
      expect(boom.some((m) => m.endsWith(join('node_modules', naam)))).toBe(true);
    }
    expect(boom.flatMap(nativeBestanden)).toEqual([]);
  });

  test('charts are drawn by resvg as WebAssembly with the bundled font', async () => {
    const svg = (tekst: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="100%" height="100%" fill="#fff"/>` +
      `<text x="8" y="28" font-size="20" font-family="sans-serif">${tekst}</text></svg>`;
    const [leeg, metTekst, anders] = await Promise.all([
      svgNaarPng(svg('')),
      svgNaarPng(svg('Tafelwerk')),
      svgNaarPng(svg('Groep 1')),
    ]);
    expect(metTekst.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(metTekst.readUInt32BE(16)).toBe(200);
    // Without a font the text would draw nothing: the images with text differ from the empty one and from each other.
    expect(metTekst.equals(leeg)).toBe(false);
    expect(metTekst.equals(anders)).toBe(false);
  });
});
