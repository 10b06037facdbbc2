import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  Loader,
  type MantineColorsTuple,
  Notification,
} from '@mantine/core';

// A deep teal, dark enough that white text on filled buttons passes WCAG AA contrast.
const tafel: MantineColorsTuple = [
  '#e6f6f6',
  '#cde9ea',
  '#9bd2d4',
  '#66babd',
  '#3da6aa',
  '#24999e',
  '#0f7f84',
  '#0b6a6e',
  '#075a5d',
  '#024a4d',
];

export const theme = createTheme({
  primaryColor: 'tafel',
  primaryShade: 7,
  colors: { tafel },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  defaultRadius: 'sm',
  // Someone who has animations switched off in Windows (or macOS) gets dialogs, menus and notices
  // without fades and slides: Mantine honours prefers-reduced-motion only when asked.
  respectReducedMotion: true,
  components: {
    // Every loader says what is loading (aria-label); a label needs a role to be read, and axe
    // refuses a labelled element without one: a loader is a status message.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // Under a title Mantine greys a notification's message to gray-6, below AA contrast on white:
    // the message is the part that says what to do, so it is as readable as the rest.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-gray-8)' } } }),
    // Mantine's badge is uppercase and clips its label with an ellipsis, so in a narrow table
    // column a status read "ACT…". Statuses are written as words ("Actief") and always shown whole:
    // the label's own width counts, so the column grows or the row wraps instead.
    Badge: Badge.extend({
      styles: {
        root: { textTransform: 'none', overflow: 'visible', flexShrink: 0, letterSpacing: 0 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});

// Mantine's default "dimmed" grey and error red are too light on white for WCAG AA (4.5:1).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' },
  dark: {},
});
