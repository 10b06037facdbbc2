// Mantine's styles and the Dutch dayjs locale, imported before any component so that a
// component's own CSS (DatumVeld.css) comes after Mantine's and wins.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/spotlight/styles.css';
import 'dayjs/locale/nl';
