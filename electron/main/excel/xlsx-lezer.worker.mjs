// The only place exceljs parses an imported workbook: in a worker thread with its own memory
// limit (xlsx-lezer.ts), so a workbook that passed the gate but still takes too much memory kills
// this thread, not the app. Plain JavaScript, so the unit and browser tests can start it from the
// source tree as it is; the build bundles it into its own file (xlsx-lezer-pad.gebouwd.ts).
//
// In: the file's bytes (workerData). Out: one message, null when exceljs cannot read the file, or
// per sheet its name, row and column count and its non-empty cells as [column, value, kind]
// per row. Values are exceljs's plain cell values (text, number, boolean, Date, rich text,
// hyperlink, formula with its result, error), which survive the structured clone; kind says
// whether exceljs saw a formula or an error value, which the value alone does not always tell.
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const FORMULE = ExcelJS.ValueType.Formula;
const FOUT = ExcelJS.ValueType.Error;

async function lees(bytes) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return null;
  }
  return wb.worksheets.map((blad) => {
    const rijen = [];
    blad.eachRow((rij, r) => {
      const cellen = [];
      rij.eachCell((cel, c) => {
        const soort = cel.type === FORMULE ? 'formule' : cel.type === FOUT ? 'fout' : null;
        cellen.push([c, cel.value, soort]);
      });
      rijen.push([r, cellen]);
    });
    return { naam: blad.name, rijAantal: blad.rowCount, kolomAantal: blad.columnCount, rijen };
  });
}

parentPort?.postMessage(await lees(workerData));
