import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  // Shade 8 keeps white text on filled buttons and coloured text on light badges above 4.5:1 contrast (WCAG AA).
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/**
 * Contrast fixes for WCAG AA on white: Mantine's "dimmed" grey and its error red are too pale for
 * small text, and text in "light" variants (active navigation link) needs the darkest shade on its tinted background.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
