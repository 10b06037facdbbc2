import { Alert, type AlertProps } from '@mantine/core';

/**
 * A yellow warning. Mantine draws the title of a yellow alert in yellow, which fails WCAG AA
 * contrast (axe); the title here takes the body text colour and the yellow stays in the box.
 */
export function Waarschuwing(props: Omit<AlertProps, 'color'>) {
  return <Alert color="yellow" styles={{ title: { color: 'var(--mantine-color-text)' } }} {...props} />;
}
