import { createTheme } from "@mantine/core";

const sans = 'Inter, "Inter var", ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: { light: 6, dark: 5 },
  defaultRadius: "sm",
  fontFamily: sans,
  fontFamilyMonospace: 'ui-monospace, "JetBrains Mono", "SF Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: sans, fontWeight: "700" },
  cursorType: "pointer",
  components: {
    Tooltip: { defaultProps: { fz: "xs" } },
    Badge: { styles: { root: { textTransform: "none", letterSpacing: 0, fontWeight: 600 } } },
    Table: { defaultProps: { fz: "sm" } },
    Paper: { defaultProps: { shadow: "none" } },
  },
});
