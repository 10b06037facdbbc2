import { type Ladermeting, TREDEN } from '../../../../../shared/domain/kandidaten';
import { formatDatum } from '../../../../../shared/format/nl';

const BREED = 640;
const HOOG = 200;
const MARGE = { links: 70, rechts: 20, boven: 14, onder: 30 };

const dag = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The rung over time as a small line chart. Decorative for screen readers: the summary next to it
 * says the same in words (`beschrijving` becomes the image's accessible name).
 */
export function LadderTijdlijn({
  metingen,
  beschrijving,
}: {
  metingen: Ladermeting[];
  beschrijving: string;
}) {
  const op = [...metingen].sort((a, b) => a.datum.localeCompare(b.datum));
  const eerste = op[0];
  const laatste = op[op.length - 1];
  if (!eerste || !laatste) return null;
  const t0 = dag(eerste.datum);
  const bereik = Math.max(dag(laatste.datum) - t0, 1);
  const breedte = BREED - MARGE.links - MARGE.rechts;
  const hoogte = HOOG - MARGE.boven - MARGE.onder;
  // One measurement sits in the middle; otherwise the first on the left and the last on the right.
  const x = (datum: string) =>
    op.length === 1 ? MARGE.links + breedte / 2 : MARGE.links + ((dag(datum) - t0) / bereik) * breedte;
  const y = (trede: number) => MARGE.boven + ((6 - trede) / 5) * hoogte;
  const lijn = op.map((m) => `${x(m.datum).toFixed(1)},${y(m.trede).toFixed(1)}`).join(' ');

  return (
    <svg
      viewBox={`0 0 ${BREED} ${HOOG}`}
      width="100%"
      style={{ maxWidth: BREED, display: 'block' }}
      role="img"
      aria-label={beschrijving}
    >
      {TREDEN.map((t) => (
        <g key={t}>
          <line
            x1={MARGE.links}
            x2={BREED - MARGE.rechts}
            y1={y(t)}
            y2={y(t)}
            stroke="var(--mantine-color-gray-3)"
            strokeWidth={1}
          />
          <text x={MARGE.links - 10} y={y(t) + 4} textAnchor="end" fontSize={12} fill="#495057">
            trede {t}
          </text>
        </g>
      ))}
      <polyline points={lijn} fill="none" stroke="var(--mantine-color-tafel-7)" strokeWidth={2.5} />
      {op.map((m) => (
        <circle key={m.id} cx={x(m.datum)} cy={y(m.trede)} r={5} fill="var(--mantine-color-tafel-7)">
          <title>{`${formatDatum(m.datum)}: trede ${m.trede}`}</title>
        </circle>
      ))}
      <text x={x(eerste.datum)} y={HOOG - 8} fontSize={12} fill="#495057" textAnchor="start">
        {formatDatum(eerste.datum)}
      </text>
      {op.length > 1 && (
        <text x={x(laatste.datum)} y={HOOG - 8} fontSize={12} fill="#495057" textAnchor="end">
          {formatDatum(laatste.datum)}
        </text>
      )}
    </svg>
  );
}
