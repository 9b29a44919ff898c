/**
 * Moves focus to `target` and scrolls only as much as reading needs: nothing when everything
 * from `from` to `to` is already on screen; otherwise `from` (a question's clock, or its first
 * line) goes to the top as long as `target` stays on screen below it, else `target` itself
 * does. The root's `scroll-padding-top` (global.css) keeps whatever goes to the top below the
 * sticky header.
 */
export function focusInView(target: HTMLElement, from: Element, to: Element = target) {
  target.focus({ preventScroll: true });
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const top = from.getBoundingClientRect().top;
  const bottom = to.getBoundingClientRect().bottom;
  if (top >= padding && bottom <= window.innerHeight) return;
  const fits = target.getBoundingClientRect().bottom - top <= window.innerHeight - padding;
  (fits ? from : target).scrollIntoView({ block: 'start' });
}
