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

const claim = (
  entry: string,
  field: HarmField,
  item: number,
  source: string,
  organs: OrganId[],
): BodyClaim => ({ entry, field, item, source, organs });

export const bodyDrugs: BodyDrug[] = [
  {
    id: 'methamphetamine',
    name: { 'zh-cn': '冰毒', en: 'Methamphetamine' },
    entries: ['methamphetamine'],
    claims: [
      claim(
        'methamphetamine',
        'harms.body.short',
        0,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['heart'],
      ),
      claim(
        'methamphetamine',
        'harms.body.short',
        1,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['stomach'],
      ),
      claim(
        'methamphetamine',
        'harms.body.short',
        2,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['eyes', 'teeth'],
      ),
      claim(
        'methamphetamine',
        'harms.mind.short',
        0,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['brain'],
      ),
      claim(
        'methamphetamine',
        'harms.body.long',
        1,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['teeth'],
      ),
      claim(
        'methamphetamine',
        'harms.body.long',
        2,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['heart', 'brain'],
      ),
      claim(
        'methamphetamine',
        'harms.body.long',
        0,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['skin'],
      ),
      claim(
        'methamphetamine',
        'harms.mind.long',
        0,
        'https://nida.nih.gov/publications/drugfacts/methamphetamine',
        ['brain'],
      ),
    ],
  },
  {
    id: 'ketamine',
    name: { 'zh-cn': 'K粉（氯胺酮）', en: 'Ketamine' },
    entries: ['ketamine'],
    claims: [
      claim(
        'ketamine',
        'harms.body.short',
        0,
        'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
        ['nerves'],
      ),
      claim(
        'ketamine',
        'harms.body.short',
        1,
        'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
        ['heart'],
      ),
      claim(
        'ketamine',
        'harms.body.short',
        2,
        'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
        ['stomach'],
      ),
      claim(
        'ketamine',
        'harms.mind.short',
        0,
        'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
        ['brain'],
      ),
      claim(
        'ketamine',
        'harms.body.long',
        0,
        'https://patients.uroweb.org/ketamine-abuse-and-the-urinary-tract',
        ['bladder'],
      ),
      claim(
        'ketamine',
        'harms.body.long',
        1,
        'https://patients.uroweb.org/ketamine-abuse-and-the-urinary-tract',
        ['kidneys'],
      ),
      claim(
        'ketamine',
        'harms.body.long',
        2,
        'https://patients.uroweb.org/ketamine-abuse-and-the-urinary-tract',
        ['stomach'],
      ),
      claim(
        'ketamine',
        'harms.mind.long',
        0,
        'https://merckmanuals.com/en-pr/home/special-subjects/illicit-drugs-and-intoxicants/ketamine-and-phencyclidine-pcp',
        ['brain'],
      ),
    ],
  },
  {
    id: 'opioids',
    name: { 'zh-cn': '海洛因和芬太尼', en: 'Heroin and fentanyl' },
    entries: ['heroin', 'fentanyl'],
    claims: [
      claim(
        'fentanyl',
        'harms.body.short',
        0,
        'https://nida.nih.gov/publications/drugfacts/fentanyl',
        ['lungs'],
      ),
      claim('heroin', 'harms.body.short', 2, 'https://nida.nih.gov/publications/drugfacts/heroin', [
        'eyes',
      ]),
      claim(
        'fentanyl',
        'harms.body.short',
        1,
        'https://nida.nih.gov/publications/drugfacts/fentanyl',
        ['stomach'],
      ),
      claim('heroin', 'harms.mind.short', 0, 'https://nida.nih.gov/publications/drugfacts/heroin', [
        'brain',
      ]),
      claim(
        'fentanyl',
        'harms.body.long',
        0,
        'https://nida.nih.gov/publications/drugfacts/fentanyl',
        ['brain'],
      ),
      claim('heroin', 'harms.body.long', 1, 'https://nida.nih.gov/publications/drugfacts/heroin', [
        'heart',
      ]),
      claim('heroin', 'harms.body.long', 2, 'https://nida.nih.gov/publications/drugfacts/heroin', [
        'liver',
        'kidneys',
        'lungs',
      ]),
      claim(
        'heroin',
        'harms.body.long',
        0,
        'https://emcdda.europa.eu/publications/drug-profiles/heroin',
        ['skin', 'blood'],
      ),
    ],
  },
  {
    id: 'cannabis',
    name: { 'zh-cn': '大麻', en: 'Cannabis' },
    entries: ['cannabis'],
    claims: [
      claim(
        'cannabis',
        'harms.body.short',
        0,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['heart'],
      ),
      claim(
        'cannabis',
        'harms.body.short',
        1,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['eyes'],
      ),
      claim(
        'cannabis',
        'harms.body.short',
        2,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['brain'],
      ),
      claim(
        'cannabis',
        'harms.mind.short',
        0,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['brain'],
      ),
      claim(
        'cannabis',
        'harms.body.long',
        0,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['lungs'],
      ),
      claim(
        'cannabis',
        'harms.mind.long',
        1,
        'https://nida.nih.gov/publications/drugfacts/cannabis-marijuana',
        ['brain'],
      ),
    ],
  },
  {
    id: 'nitrous-oxide',
    name: { 'zh-cn': '笑气（一氧化二氮）', en: 'Laughing gas (nitrous oxide)' },
    entries: ['nitrous-oxide'],
    claims: [
      claim(
        'nitrous-oxide',
        'harms.body.short',
        0,
        'https://www.talktofrank.com/drug/nitrous-oxide',
        ['brain'],
      ),
      claim(
        'nitrous-oxide',
        'harms.body.short',
        1,
        'https://www.talktofrank.com/drug/nitrous-oxide',
        ['lungs'],
      ),
      claim(
        'nitrous-oxide',
        'harms.body.long',
        0,
        'https://www.talktofrank.com/drug/nitrous-oxide',
        ['blood'],
      ),
      claim(
        'nitrous-oxide',
        'harms.body.long',
        1,
        'https://www.talktofrank.com/drug/nitrous-oxide',
        ['nerves'],
      ),
      claim(
        'nitrous-oxide',
        'harms.body.long',
        2,
        'https://www.talktofrank.com/drug/nitrous-oxide',
        ['spine', 'nerves'],
      ),
      claim(
        'nitrous-oxide',
        'harms.mind.long',
        1,
        'https://nida.nih.gov/publications/drugfacts/inhalants',
        ['brain'],
      ),
    ],
  },
  {
    id: 'cannabinoid-vapes',
    name: { 'zh-cn': '合成大麻素电子烟', en: 'Synthetic cannabinoid vapes' },
    entries: ['synthetic-cannabinoids', 'headrush-vape'],
    claims: [
      claim(
        'synthetic-cannabinoids',
        'harms.body.short',
        0,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['heart'],
      ),
      claim(
        'synthetic-cannabinoids',
        'harms.body.short',
        1,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['stomach'],
      ),
      claim(
        'synthetic-cannabinoids',
        'harms.body.short',
        2,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['brain'],
      ),
      claim(
        'headrush-vape',
        'harms.body.short',
        1,
        'http://www.sznews.com/news/content/2021-09/28/content_24606746.htm',
        ['nerves'],
      ),
      claim(
        'synthetic-cannabinoids',
        'harms.mind.short',
        2,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['brain'],
      ),
      claim(
        'synthetic-cannabinoids',
        'harms.body.long',
        0,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['heart'],
      ),
      claim(
        'synthetic-cannabinoids',
        'harms.body.long',
        1,
        'https://www.drugabuse.gov/drug-topics/synthetic-cannabinoids-k2spice',
        ['kidneys'],
      ),
    ],
  },
];

/** Whether a claim is about the first hours (short) or about repeated use (long). */
export function termOf(claim: Pick<BodyClaim, 'field'>): 'short' | 'long' {
  return claim.field.endsWith('.short') ? 'short' : 'long';
}
