import 'i18next';
import type zhCN from './zh-cn.json';

// Types every t('…') key against the zh-cn messages; tests/unit/i18n.test.ts keeps en.json in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    returnObjects: true;
  }
}
