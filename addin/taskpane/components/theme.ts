// Light or dark Fluent theme: from Office's theme inside Excel, from the system's preference elsewhere.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** True for a dark colour such as Office's `bodyBackgroundColor` "#1F1F1F". */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

/** Said to a screen reader, not shown: the usual visually-hidden rule, for makeStyles. */
export const srOnlyStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
