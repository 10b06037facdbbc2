// Loaded with `node -r` by lint-electron.mjs. Electronegativity 1.10 (through
// @typescript-eslint/typescript-estree 4) needs the TypeScript 4.2 it ships with, but npm hoists
// typescript-estree next to the project's own TypeScript 7, which has no JavaScript API. Send
// the linter's `require('typescript')` to its own copy; nothing else is affected.
const Module = require('node:module');
const path = require('node:path');

const eneg = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const ownTypescript = require.resolve('typescript', { paths: [eneg] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (
    request === 'typescript' &&
    /[\\/]node_modules[\\/](@typescript-eslint|@doyensec)[\\/]/.test(parent?.filename ?? '')
  ) {
    return ownTypescript;
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

// Electronegativity writes its CSV header and its rows with two asynchronous fs.writeFile calls at
// once (the header truncating the file, the rows appending): when the header lands last, it
// overwrites the start of the rows and the findings cannot be read (seen under load in CI). CSV
// files are written synchronously here, so they land in the order they were asked for.
const fs = require('node:fs');
const writeFile = fs.writeFile;
fs.writeFile = function (file, data, ...rest) {
  if (typeof file !== 'string' || !file.endsWith('.csv')) return writeFile.call(this, file, data, ...rest);
  const klaar = rest.pop();
  try {
    fs.writeFileSync(file, data, rest[0]);
  } catch (error) {
    process.nextTick(klaar, error);
    return;
  }
  process.nextTick(klaar, null);
};
