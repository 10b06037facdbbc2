import {
  Autocomplete,
  Combobox,
  createTheme,
  Menu,
  ModalRoot,
  MultiSelect,
  Popover,
  Select,
} from '@mantine/core';

/*
 * How menus, dropdowns and calendars float, for screen readers (and axe, which checks the screen
 * with them open; tests/e2e/toegankelijkheid-open.spec.ts).
 */

// In the DOM where they are opened, not at the end of <body>: in a dialog they stay part of it (a
// screen reader reads nothing outside an open modal dialog), on a page they stay inside its
// landmarks. Fixed positioning keeps them from being clipped by a dialog that scrolls.
const hierOpenen = { withinPortal: false, floatingStrategy: 'fixed' } as const;

// The list itself scrolls, without Mantine's ScrollArea around the options: a scrolling box
// with nothing to tab to is a keyboard trap to axe, a combobox's own list is not (the arrow keys
// of the field move through it).
const lijstScrolt = { withScrollArea: false } as const;

export const zwevendThema = createTheme({
  components: {
    Popover: Popover.extend({ defaultProps: hierOpenen }),
    Combobox: Combobox.extend({
      defaultProps: hierOpenen,
      styles: { options: { maxHeight: 260, overflowY: 'auto' } },
    }),
    Select: Select.extend({ defaultProps: lijstScrolt }),
    MultiSelect: MultiSelect.extend({ defaultProps: lijstScrolt }),
    Autocomplete: Autocomplete.extend({ defaultProps: lijstScrolt }),
    // Mantine focuses an empty placeholder inside the menu when it opens; in role="menu" that is an
    // invalid child. Without it the first item gets focus, as a menu should.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // The stock fade-down leaves a transform on the dialog, which would make it the frame of the
    // fixed dropdowns inside it and clip them at its edge; a plain fade leaves none.
    ModalRoot: ModalRoot.extend({ defaultProps: { transitionProps: { transition: 'fade', duration: 150 } } }),
  },
});
