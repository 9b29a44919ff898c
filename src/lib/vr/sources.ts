import type { Localized } from './types';

/**
 * What the experience's design rests on, besides the entries' own sources: the prevention
 * standards it follows (skills, accurate short-term consequences, true peer norms, no fear or
 * gore alone) and the figure behind its peer-norm line.
 */
export interface DesignSource {
  title: Localized;
  url: string;
}

export const designSources: DesignSource[] = [
  {
    title: {
      'zh-cn': 'UNODC/WHO《国际药物使用预防标准》（第二版，2018年）',
      en: 'UNODC/WHO International Standards on Drug Use Prevention, second updated edition (2018)',
    },
    url: 'https://www.unodc.org/unodc/en/prevention/prevention-standards.html',
  },
  {
    title: {
      'zh-cn': 'Commonly Used Drugs Charts（美国国家药物滥用研究所 NIDA）',
      en: 'Commonly Used Drugs Charts (National Institute on Drug Abuse, NIDA)',
    },
    url: 'https://nida.nih.gov/research-topics/commonly-used-drugs-charts',
  },
  {
    title: {
      'zh-cn': '药物资料（欧洲药物管理局 EUDA，原 EMCDDA）',
      en: 'Drug profiles (European Union Drugs Agency, EUDA, formerly EMCDDA)',
    },
    url: 'https://www.emcdda.europa.eu/publications/drug-profiles_en',
  },
];

/** The true peer norm told in the debrief: almost nobody uses drugs. */
export const peerNorm: { text: Localized; source: DesignSource } = {
  text: {
    'zh-cn':
      '“大家都在用”不是真的：截至2023年底，全国现有吸毒人员89.6万名，不到总人口的千分之一。绝大多数人从来不碰毒品。',
    en: '“Everyone does it” is not true: at the end of 2023 China counted 896,000 current drug users, fewer than 1 in 1,000 people. Almost everyone never touches drugs.',
  },
  source: {
    title: {
      'zh-cn': '国家禁毒办发布《2023年中国毒情形势报告》（新华社，澎湃新闻转载，2024年6月19日）',
      en: 'National Narcotics Control Commission Office releases the 2023 China Drug Situation Report (Xinhua, via The Paper, 19 June 2024, in Chinese)',
    },
    url: 'https://thepaper.cn/newsDetail_forward_27784391',
  },
};
