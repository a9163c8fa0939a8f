/** A band of the grid in content pixels (rows' tops and bottoms, below the date header). */
export type Band = { top: number; bottom: number };

type View = { scrollTop: number; height: number; header: number };

/** Height the conflict note is assumed to need when choosing a side (a title, two conflicts, a hint). */
export const noteHeight = 190;
export const noteWidth = 340;

/**
 * Where the note on a refused move goes, so it never covers the bar that snapped back nor the
 * row it was refused in: below both rows if the view has room there, else above them, else
 * beside the bar (right of its days, or left when there is no room right).
 */
export function placeNote(band: Band, view: View, barLeft: number, barRight: number, laneWidth: number) {
  const viewTop = view.scrollTop + view.header;
  const viewBottom = view.scrollTop + view.height;
  const left = Math.min(Math.max(0, barLeft), Math.max(0, laneWidth - noteWidth));
  if (band.bottom + 2 + noteHeight <= viewBottom) return { top: band.bottom + 2, left, transform: undefined, side: "below" as const };
  if (band.top - 2 - noteHeight >= viewTop) return { top: band.top - 2, left, transform: "translateY(-100%)", side: "above" as const };
  const right = barRight + 8 + noteWidth <= laneWidth;
  return {
    top: Math.max(viewTop + 4, Math.min(band.top, viewBottom - noteHeight)),
    left: right ? barRight + 8 : Math.max(0, barLeft - 8 - noteWidth),
    transform: undefined,
    side: "beside" as const,
  };
}
