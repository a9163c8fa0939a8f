import { Box, type BoxProps } from "@mantine/core";
import { type DragEvent, type ReactNode, useRef, useState } from "react";

type Props = BoxProps & {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** Rendered with whether a file is being dragged over. */
  children: (dragging: boolean) => ReactNode;
  "data-testid"?: string;
};

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

/**
 * A region files can be dropped on. Native drag and drop: nested elements fire enter/leave in
 * pairs, so a depth counter decides when the drag has really left.
 */
export function FileDrop({ onFiles, disabled, children, ...rest }: Props) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  return (
    <Box
      {...rest}
      onDragEnter={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (disabled || !hasFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      }}
    >
      {children(dragging)}
    </Box>
  );
}
