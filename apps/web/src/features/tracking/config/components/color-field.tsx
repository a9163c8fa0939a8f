import { ColorInput, type ColorInputProps } from "@mantine/core";

/** The colours the built-in templates use, offered first so a project's palette stays coherent. */
export const pipelineSwatches = [
  "#868e96",
  "#495057",
  "#74c0fc",
  "#1c7ed6",
  "#4263eb",
  "#7048e8",
  "#ae3ec9",
  "#f06595",
  "#e03131",
  "#e8590c",
  "#f59f00",
  "#fab005",
  "#74b816",
  "#37b24d",
  "#2f9e44",
  "#0ca678",
  "#1098ad",
];

export function ColorField(props: ColorInputProps) {
  return <ColorInput format="hex" swatches={pipelineSwatches} swatchesPerRow={9} withEyeDropper={false} {...props} />;
}

export const hexColor = (v: string) => (/^#[0-9a-fA-F]{6}$/.test(v) ? null : "Pick a colour like #1c7ed6");
