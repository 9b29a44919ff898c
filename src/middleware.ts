import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './lib/i18n';
import { toLocale } from './lib/locale';

/** Gives every page its locale and translate function once, so components never guess. */
export const onRequest = defineMiddleware((context, next) => {
  const locale = toLocale(context.currentLocale);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
