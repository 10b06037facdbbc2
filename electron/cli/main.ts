import { klokUitOmgeving } from '../../shared/klok';
import { runCli } from './run';

// Entry of the `tafelwerk` command (bundled to out/main/cli.js): plain Node, no Electron.
// TAFELWERK_NU sets "today" for reproducible runs and tests (see shared/klok.ts).
klokUitOmgeving(process.env);
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
