// Node module hook for the smoke test: `import 'electron'` resolves to a recording stub,
// so the built main bundle can start under plain Node without the Electron binary.
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
