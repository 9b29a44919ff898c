import { createHash } from 'node:crypto';

/**
 * Pictures in image questions are served under opaque names, because the illustration ids say
 * what they show ("milk-tea-sachet-drug"): the answer must not be in a file name. The name is a
 * hash of the SVG itself, so the build (which renders the files) and the sync (which tells the
 * server the URLs) agree without sharing any list.
 * @example quizImageUrl('<svg …>') // '/quiz-images/3f9c2a…e1.webp'
 */
export function quizImageName(svg: string): string {
  return createHash('sha256').update(svg).digest('hex').slice(0, 20);
}

export function quizImageUrl(svg: string): string {
  return `/quiz-images/${quizImageName(svg)}.webp`;
}
