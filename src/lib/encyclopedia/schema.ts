import { z } from 'astro/zod';
import { isoDate, line, slug, source } from '../schemaFields';
import { categories, effectClasses, legalLists, quizTopics } from './taxonomy';

/**
 * The frontmatter every encyclopedia file must have. It is plain zod (no Astro helpers) so
 * the unit tests can check the content without building the site.
 *
 * Text fields hold short plain sentences in the file's own language. Nothing here may say
 * how much to take, how to make or where to get a drug.
 */

const lines = z.array(line).min(1);
const illustration = slug;

const articleRef = z.object({
  law: line,
  article: line,
  says: line,
});

export const encyclopediaEntry = z
  .object({
    /** The page title, e.g. "冰毒（甲基苯丙胺）" / "Methamphetamine (ice)". */
    title: line,
    /** One sentence for cards, search snippets and the meta description. */
    summary: z.string().trim().min(10).max(160),
    names: z.object({ zh: line, en: line, chemical: line.optional() }),
    category: z.enum(categories),
    effect: z.enum(effectClasses),
    /** Street names in both languages; identical in the zh-cn and en files so either locale finds them. */
    aliases: z.object({ zh: z.array(line), en: z.array(line) }),
    appearance: lines,
    disguises: z.array(line),
    harms: z.object({
      mind: z.object({ short: lines, long: lines }),
      body: z.object({ short: lines, long: lines }),
    }),
    overdose: z.object({ signs: lines, action: lines }),
    addiction: z.object({ dependence: line, withdrawal: lines }),
    law: z.object({
      controlled: z.boolean(),
      list: z.enum(legalLists),
      /** When the substance was put under control in China, if a single date applies. */
      listed: isoDate.optional(),
      /** One plain sentence for the at-a-glance card. */
      summary: line,
      articles: z.array(articleRef).min(1),
    }),
    myths: z.array(z.object({ myth: line, fact: line })).min(1),
    /** Side-by-side "spot the disguise" pictures: an everyday product and its drug look-alike. */
    compare: z
      .object({
        ordinary: z.object({ illustration, label: line }),
        disguised: z.object({ illustration, label: line }),
        tells: lines,
      })
      .optional(),
    illustration,
    illustrationAlt: line,
    related: z.array(slug),
    model: slug.optional(),
    quizTopic: z.enum(quizTopics),
    sources: z.array(source).min(1),
    reviewed: isoDate,
  })
  .strict()
  .refine((entry) => entry.law.controlled === (entry.law.list !== 'not-controlled'), {
    message: 'law.controlled must be false exactly when law.list is not-controlled',
    path: ['law', 'controlled'],
  });

export type EncyclopediaEntry = z.infer<typeof encyclopediaEntry>;

/**
 * The refusal steps the prevention guide teaches, in its order. They are data, not prose, so
 * the guide page (through the `refusal-steps` marker, see src/integrations/refusalSteps.ts)
 * and the VR experience read the very same steps.
 */
export const refusalStepIds = ['say-no', 'leave', 'change-subject', 'get-help'] as const;
export type RefusalStepId = (typeof refusalStepIds)[number];

const refusalStep = z.object({ id: z.enum(refusalStepIds), title: line, text: line }).strict();

export const guide = z
  .object({
    title: line,
    summary: z.string().trim().min(10).max(160),
    /** Official texts and other sources the guide rests on. */
    sources: z.array(source).min(1),
    reviewed: isoDate,
    /** Only the prevention guide has them; its body places them with `<!-- refusal-steps -->`. */
    refusalSteps: z.array(refusalStep).min(1).optional(),
  })
  .strict();

export type Guide = z.infer<typeof guide>;
export type RefusalStep = z.infer<typeof refusalStep>;
