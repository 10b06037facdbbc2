import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * SVG → PNG with resvg compiled to WebAssembly: one build for every platform, so an installer for
 * Windows made on Linux carries a working renderer (the native @resvg/resvg-js shipped a binary
 * per platform, and only the build machine's). WebAssembly has no system fonts: DejaVu Sans comes
 * along as a package, so the app, the command line and the tests draw the same letters everywhere.
 */
const vind = createRequire(import.meta.url);
const LETTERS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

let gereed: Promise<Uint8Array[]> | null = null;

/** Loads the renderer and the fonts once, on the first chart (the app starts without them). */
function laadRenderer(): Promise<Uint8Array[]> {
  gereed ??= (async () => {
    await initWasm(await fs.readFile(vind.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Promise.all(LETTERS.map((f) => fs.readFile(vind.resolve(`dejavu-fonts-ttf/ttf/${f}`))));
  })();
  // A failed load may be retried by the next chart instead of failing every one after it.
  gereed.catch(() => {
    gereed = null;
  });
  return gereed;
}

export async function svgNaarPng(svg: string): Promise<Buffer> {
  const fontBuffers = await laadRenderer();
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  try {
    const beeld = resvg.render();
    try {
      return Buffer.from(beeld.asPng());
    } finally {
      beeld.free();
    }
  } finally {
    resvg.free();
  }
}
