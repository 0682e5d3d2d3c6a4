// The desk's light theme: react-admin's default one with colours that keep their meaning (blue for actions,
// green / amber / red for status) and reach 4.5:1 (WCAG 2.1 AA) for text in them and on them, on white, on the
// page's #fafafb and on a filled input's grey. MUI's own focus rings are left as they are.
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Contrast with white text on them / as text on #ffffff · #fafafb · a focused filled input (#e8e8e8):
const PALETTE = {
  // 5.75 · 5.51 · 4.69 (the default #1976d2: 4.60 · 4.41 · 3.76)
  primary: { main: '#1565c0' },
  // The app bar: 8.63 with white text (the default #2196f3: 3.12)
  secondary: { light: '#5472d3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
  // Amber: 5.02 · 4.81 (the default #ed6c02: 3.11 · 2.98)
  warning: { main: '#b45309' },
  // 4.80 · 4.60 (the default #0288d1: 3.86 · 3.70)
  info: { main: '#0277bd' },
  // 5.13 · 4.92, as MUI has it
  success: { main: '#2e7d32' },
  // 5.62 · 5.39, and 5.16 on the form toolbar's #f5f5f5 (the default #d32f2f: 3.77 on its #e0e0e0)
  error: { main: '#c62828' },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, ...PALETTE },
  components: {
    ...defaultLightTheme.components,
    // The form toolbar: a lighter grey, so primary and error buttons on it stay above 4.5:1.
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
    // An empty list's message («Нет входящих обращений»): react-admin greys it with opacity 0.5 (2.66:1); the
    // secondary text colour at full opacity keeps it quiet and readable.
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.6)' } } } },
    // A narrow list's item: a long name or e-mail address breaks rather than widening the page, and the first line's
    // right-hand part (tertiaryText: a status) stays at the top right however the text before it wraps.
    RaSimpleList: {
      styleOverrides: {
        root: {
          '& .MuiListItemText-root': { overflowWrap: 'anywhere' },
          '& .MuiListItemText-primary > div': {
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-start',
            columnGap: 8,
          },
        },
      },
    },
  },
};
