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
