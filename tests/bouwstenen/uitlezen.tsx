/**
 * What a scenario shows the test besides the block itself: the value the form holds (as the
 * parent component sees it, not as the field shows it) and the calls the block made.
 */
export function Waarde({ naam, waarde }: { naam: string; waarde: unknown }) {
  return <output data-testid={naam}>{JSON.stringify(waarde)}</output>;
}

export function Log({ regels }: { regels: string[] }) {
  return (
    <ol data-testid="log">
      {regels.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an append-only log; the same call may repeat.
        <li key={i}>{r}</li>
      ))}
    </ol>
  );
}
