import type { ImageMetadata } from 'astro';

/**
 * Our own SVG illustrations by id (the file name). Astro rasterises them with sharp into
 * responsive WebP/PNG (`image.dangerouslyProcessSVG`, safe because every file is ours).
 */
const files = import.meta.glob<{ default: ImageMetadata }>('../../assets/illustrations/*.svg', {
  eager: true,
});

export const illustrations: Record<string, ImageMetadata> = Object.fromEntries(
  Object.entries(files).map(([file, module]) => [
    file.slice(file.lastIndexOf('/') + 1, -'.svg'.length),
    module.default,
  ]),
);

/** An illustration by id; the content test guarantees the file exists. */
export function illustration(id: string): ImageMetadata {
  const image = illustrations[id];
  if (!image) throw new Error(`No illustration src/assets/illustrations/${id}.svg`);
  return image;
}

/** The raw SVG markup of an illustration, for the Open Graph images drawn at build time. */
const sources = import.meta.glob<string>('../../assets/illustrations/*.svg', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export function illustrationSvg(id: string): string {
  const svg = sources[`../../assets/illustrations/${id}.svg`];
  if (!svg) throw new Error(`No illustration src/assets/illustrations/${id}.svg`);
  return svg;
}
