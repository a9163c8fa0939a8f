import { useCallback, useEffect, useState } from "react";

/**
 * The height from an element's top to the bottom of the window (minus a margin), kept current
 * as the window resizes or the content above it grows (a wrapped tab bar, a notice). Screens
 * like a grid or a board use it to fill the window without magic offsets.
 */
export function useFillHeight(margin = 16, min = 420): [(el: HTMLElement | null) => void, number] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(min);
  const measure = useCallback(() => {
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    setHeight(Math.max(min, Math.floor(window.innerHeight - top - margin)));
  }, [el, margin, min]);
  useEffect(() => {
    measure();
    window.addEventListener("resize", measure);
    // Content above the element changing size moves it; watching the page body catches that.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      window.removeEventListener("resize", measure);
      observer.disconnect();
    };
  }, [measure]);
  return [setEl, height];
}
