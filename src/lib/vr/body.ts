import type { Locale } from '../locale';
import type { EntryFact, HarmField, Localized } from './types';

/**
 * "Inside the body": which organs light up for each drug, and why. Every claim is a line of an
 * encyclopedia entry's harms (named by entry, field and item), shown in the entry's own words
 * with one of its sources. tests/unit/vr-body.test.ts checks that each body line names the
 * organ it lights (one of `organWords`), so an edited entry cannot leave a wrong organ lit.
 */

export const organIds = [
  'brain',
  'eyes',
  'teeth',
  'lungs',
  'heart',
  'stomach',
  'liver',
  'kidneys',
  'bladder',
  'spine',
  'nerves',
  'skin',
  'blood',
] as const;
export type OrganId = (typeof organIds)[number];

export const organNames: Record<OrganId, Localized> = {
  brain: { 'zh-cn': '大脑', en: 'Brain' },
  eyes: { 'zh-cn': '眼睛', en: 'Eyes' },
  teeth: { 'zh-cn': '牙齿', en: 'Teeth' },
  lungs: { 'zh-cn': '肺和呼吸', en: 'Lungs and breathing' },
  heart: { 'zh-cn': '心脏', en: 'Heart' },
  stomach: { 'zh-cn': '胃肠', en: 'Stomach and gut' },
  liver: { 'zh-cn': '肝脏', en: 'Liver' },
  kidneys: { 'zh-cn': '肾脏', en: 'Kidneys' },
  bladder: { 'zh-cn': '膀胱', en: 'Bladder' },
  spine: { 'zh-cn': '脊髓', en: 'Spinal cord' },
  nerves: { 'zh-cn': '神经和四肢', en: 'Nerves and limbs' },
  skin: { 'zh-cn': '皮肤', en: 'Skin' },
  blood: { 'zh-cn': '血液和血管', en: 'Blood and blood vessels' },
};

/**
 * Words one of which an entry's body line must contain to light an organ (lower-case for
 * English). Lines about the mind light the brain and need no word: their field says so.
 */
export const organWords: Record<OrganId, Record<Locale, string[]>> = {
  brain: {
    'zh-cn': ['脑', '头晕', '抽搐', '晕倒'],
    en: ['brain', 'stroke', 'dizz', 'seizure', 'faint'],
  },
  eyes: { 'zh-cn': ['眼', '瞳孔'], en: ['eye', 'pupil'] },
  teeth: { 'zh-cn': ['牙'], en: ['teeth', 'tooth'] },
  lungs: { 'zh-cn': ['呼吸', '肺', '窒息'], en: ['breath', 'lung', 'airway', 'suffocat'] },
  heart: { 'zh-cn': ['心脏', '心跳', '心律'], en: ['heart'] },
  stomach: {
    'zh-cn': ['腹', '恶心', '呕吐', '食欲', '便秘'],
    en: ['stomach', 'nausea', 'vomit', 'appetite', 'constipation'],
  },
  liver: { 'zh-cn': ['肝'], en: ['liver'] },
  kidneys: { 'zh-cn': ['肾'], en: ['kidney'] },
  bladder: { 'zh-cn': ['膀胱'], en: ['bladder'] },
  spine: { 'zh-cn': ['脊髓'], en: ['spinal'] },
  nerves: {
    'zh-cn': ['神经', '麻木', '刺痛', '抽动', '动作'],
    en: ['nerve', 'numb', 'tingl', 'twitch', 'coordination'],
  },
  skin: { 'zh-cn': ['皮肤'], en: ['skin'] },
  blood: { 'zh-cn': ['血', '静脉', 'B12', '贫血'], en: ['blood', 'vein', 'b12', 'anaemia'] },
};

/** One line of an entry's harms and the organs it lights. */
export interface BodyClaim extends EntryFact {
  field: HarmField;
  item: number;
  organs: OrganId[];
}

export const bodyDrugIds = [
  'methamphetamine',
  'ketamine',
  'opioids',
  'cannabis',
  'nitrous-oxide',
  'cannabinoid-vapes',
] as const;
export type BodyDrugId = (typeof bodyDrugIds)[number];

export interface BodyDrug {
  id: BodyDrugId;
  name: Localized;
  /** The entries the claims come from, linked under the figure. */
  entries: string[];
  claims: BodyClaim[];
}

/** The claims one entry makes, each shown with the same one of its sources. */
const claimsOf =
  (entry: string, source: string) =>
  (field: HarmField, item: number, organs: OrganId[]): BodyClaim => ({
    entry,
    field,
    item,
    source,
    organs,
  });

const methamphetamine = claimsOf(
  'methamphetamine',
  'https://nida.nih.gov/publications/drugfacts/methamphetamine',
);
const ketamineMerck = claimsOf(
  'ketamine',
  'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
);
const ketamineUroweb = claimsOf(
  'ketamine',
  'https://patients.uroweb.org/ketamine-abuse-and-the-urinary-tract',
);
const fentanyl = claimsOf('fentanyl', 'https://nida.nih.gov/publications/drugfacts/fentanyl');
const heroinNida = claimsOf('heroin', 'https://nida.nih.gov/publications/drugfacts/heroin');
const heroinEmcdda = claimsOf(
  'heroin',
  'https://emcdda.europa.eu/publications/drug-profiles/heroin',
);
const cannabis = claimsOf(
  'cannabis',
  'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
);
const nitrousFrank = claimsOf('nitrous-oxide', 'https://www.talktofrank.com/drug/nitrous-oxide');
const nitrousNida = claimsOf(
  'nitrous-oxide',
  'https://nida.nih.gov/publications/drugfacts/inhalants',
);
const syntheticCannabinoids = claimsOf(
  'synthetic-cannabinoids',
  'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
);
const headrushVape = claimsOf(
  'headrush-vape',
  'http://www.sznews.com/news/content/2021-09/28/content_24606746.htm',
);

export const bodyDrugs: BodyDrug[] = [
  {
    id: 'methamphetamine',
    name: { 'zh-cn': '冰毒', en: 'Methamphetamine' },
    entries: ['methamphetamine'],
    claims: [
      methamphetamine('harms.body.short', 0, ['heart']),
      methamphetamine('harms.body.short', 1, ['stomach']),
      methamphetamine('harms.body.short', 2, ['eyes', 'teeth']),
      methamphetamine('harms.mind.short', 0, ['brain']),
      methamphetamine('harms.body.long', 1, ['teeth']),
      methamphetamine('harms.body.long', 2, ['heart', 'brain']),
      methamphetamine('harms.body.long', 0, ['skin']),
      methamphetamine('harms.mind.long', 0, ['brain']),
    ],
  },
  {
    id: 'ketamine',
    name: { 'zh-cn': 'K粉（氯胺酮）', en: 'Ketamine' },
    entries: ['ketamine'],
    claims: [
      ketamineMerck('harms.body.short', 0, ['nerves']),
      ketamineMerck('harms.body.short', 1, ['heart']),
      ketamineMerck('harms.body.short', 2, ['stomach']),
      ketamineMerck('harms.mind.short', 0, ['brain']),
      ketamineUroweb('harms.body.long', 0, ['bladder']),
      ketamineUroweb('harms.body.long', 1, ['kidneys']),
      ketamineUroweb('harms.body.long', 2, ['stomach']),
      ketamineMerck('harms.mind.long', 0, ['brain']),
    ],
  },
  {
    id: 'opioids',
    name: { 'zh-cn': '海洛因和芬太尼', en: 'Heroin and fentanyl' },
    entries: ['heroin', 'fentanyl'],
    claims: [
      fentanyl('harms.body.short', 0, ['lungs']),
      heroinNida('harms.body.short', 2, ['eyes']),
      fentanyl('harms.body.short', 1, ['stomach']),
      heroinNida('harms.mind.short', 0, ['brain']),
      fentanyl('harms.body.long', 0, ['brain']),
      heroinNida('harms.body.long', 1, ['heart']),
      heroinNida('harms.body.long', 2, ['liver', 'kidneys', 'lungs']),
      heroinEmcdda('harms.body.long', 0, ['skin', 'blood']),
    ],
  },
  {
    id: 'cannabis',
    name: { 'zh-cn': '大麻', en: 'Cannabis' },
    entries: ['cannabis'],
    claims: [
      cannabis('harms.body.short', 0, ['heart']),
      cannabis('harms.body.short', 1, ['eyes']),
      cannabis('harms.body.short', 2, ['brain']),
      cannabis('harms.mind.short', 0, ['brain']),
      cannabis('harms.body.long', 0, ['lungs']),
      cannabis('harms.mind.long', 1, ['brain']),
    ],
  },
  {
    id: 'nitrous-oxide',
    name: { 'zh-cn': '笑气（一氧化二氮）', en: 'Laughing gas (nitrous oxide)' },
    entries: ['nitrous-oxide'],
    claims: [
      nitrousFrank('harms.body.short', 0, ['brain']),
      nitrousFrank('harms.body.short', 1, ['lungs']),
      nitrousFrank('harms.body.long', 0, ['blood']),
      nitrousFrank('harms.body.long', 1, ['nerves']),
      nitrousFrank('harms.body.long', 2, ['spine', 'nerves']),
      nitrousNida('harms.mind.long', 1, ['brain']),
    ],
  },
  {
    id: 'cannabinoid-vapes',
    name: { 'zh-cn': '合成大麻素电子烟', en: 'Synthetic cannabinoid vapes' },
    entries: ['synthetic-cannabinoids', 'headrush-vape'],
    claims: [
      syntheticCannabinoids('harms.body.short', 0, ['heart']),
      syntheticCannabinoids('harms.body.short', 1, ['stomach']),
      syntheticCannabinoids('harms.body.short', 2, ['brain']),
      headrushVape('harms.body.short', 1, ['nerves']),
      syntheticCannabinoids('harms.mind.short', 2, ['brain']),
      syntheticCannabinoids('harms.body.long', 0, ['heart']),
      syntheticCannabinoids('harms.body.long', 1, ['kidneys']),
    ],
  },
];

/** Whether a claim is about the first hours (short) or about repeated use (long). */
export function termOf(claim: Pick<BodyClaim, 'field'>): 'short' | 'long' {
  return claim.field.endsWith('.short') ? 'short' : 'long';
}
