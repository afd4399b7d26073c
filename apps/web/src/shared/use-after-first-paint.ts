import { useEffect, useState } from 'react';

/**
 * False during the first render and until the browser has painted it, then true: a page can show
 * what the user came for first (the browse page's results) and render secondary parts a moment
 * later, instead of making the first paint wait for everything.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame callback runs before the next paint; the timeout it sets runs after that paint.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return painted;
}
