import { runCli } from './run';

// Entry of the `tafelwerk` command (bundled to out/main/cli.js): plain Node, no Electron.
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
