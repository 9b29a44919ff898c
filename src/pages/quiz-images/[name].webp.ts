import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { illustrations, illustrationSvg } from '../../lib/encyclopedia/illustrations';
import { quizImageName } from '../../lib/quiz/images';

/**
 * Pictures for image questions under opaque names (see src/lib/quiz/images.ts): every
 * illustration, 480 px wide WebP, at /quiz-images/<hash of the SVG>.webp.
 */
export const getStaticPaths = (() =>
  Object.keys(illustrations).map((id) => {
    const svg = illustrationSvg(id);
    return { params: { name: quizImageName(svg) }, props: { svg } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props: { svg } }) => {
  const webp = await sharp(Buffer.from(svg), { density: 192 })
    .resize({ width: 480 })
    .flatten({ background: '#ffffff' })
    .webp({ quality: 82 })
    .toBuffer();
  return new Response(new Uint8Array(webp), { headers: { 'Content-Type': 'image/webp' } });
};
