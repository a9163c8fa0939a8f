import { Box, Tooltip } from "@mantine/core";

type Props = {
  name: string;
  shortCode: string;
  color: string;
  full?: boolean;
  size?: "xs" | "sm";
  /** Off in grid cells: thousands of tooltips would cost scrolling; the cell carries a title instead. */
  tooltip?: boolean;
};

/**
 * A task status as a coloured pill: the short code on the status colour, the way studios read
 * a production grid at a glance. The colour is the project's own, so the text colour is picked
 * for contrast rather than assumed.
 */
export function StatusPill({ name, shortCode, color, full, size = "sm", tooltip = true }: Props) {
  const pill = (
    <Box
      component="span"
      data-testid="status-pill"
      style={{
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        minWidth: size === "xs" ? 34 : 44,
        height: size === "xs" ? 18 : 22,
        padding: "0 8px",
        borderRadius: 4,
        background: color,
        color: readableOn(color),
        fontSize: size === "xs" ? 10.5 : 11.5,
        fontWeight: 700,
        letterSpacing: 0.3,
        textTransform: full ? "none" : "uppercase",
        whiteSpace: "nowrap",
        lineHeight: 1,
      }}
    >
      {full ? name : shortCode}
    </Box>
  );
  return full || !tooltip ? (
    pill
  ) : (
    <Tooltip label={name} withArrow openDelay={300}>
      {pill}
    </Tooltip>
  );
}

/** Black or white text, whichever reads better on `hex` (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return "#fff";
  const n = Number.parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return lum > 0.4 ? "#1a1b1e" : "#fff";
}
