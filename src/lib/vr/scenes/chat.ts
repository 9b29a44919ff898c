import type { OfferScene } from '../types';

/**
 * A late-night chat before exams: a classmate from a tutoring class offers "smart pills"
 * (the smart-drugs entry: controlled stimulants sold as study aids). The guide's lines for
 * "study pills" and for online offers: medicine comes from a doctor; screenshot, tell a parent.
 */
export const chat: OfferScene = {
  id: 'chat',
  title: { 'zh-cn': '考前的网上聊天', en: 'A chat before exams' },
  friend: {
    name: { 'zh-cn': '阿凯', en: 'Kai' },
    who: { 'zh-cn': '补习班的同学', en: 'a classmate from your tutoring class' },
  },
  prop: null,
  entry: 'smart-drugs',
  offer: [
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '期末考试前一晚，你在房间里复习到很晚。手机亮了一下。',
        en: 'It is the night before your exams and you are revising late in your room. Your phone lights up.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '还在复习？我有“聪明药”，吃了能通宵不困，记东西特别快。',
        en: 'Still revising? I’ve got “smart pills”. They keep you awake all night and you remember everything.',
      },
    },
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '他发来一张照片：几粒白色药片装在小袋子里，没有药盒，也没有说明书。',
        en: 'He sends a photo: a few white pills in a small bag, with no box and no leaflet.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '好多学霸都在吃。明早考试前我带给你。',
        en: 'Loads of top students take them. I’ll bring you some before the exam tomorrow.',
      },
    },
  ],
  responses: {
    refuse: {
      says: { 'zh-cn': '不用了，我不吃。', en: 'No thanks, I won’t take them.' },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '真不要？考砸了可别后悔。', en: 'Sure? Don’t blame me if you fail.' },
        },
        { speaker: 'you', text: { 'zh-cn': '不要，谢谢。', en: 'No. Thanks.' } },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你把手机扣在桌上，又看了一会儿书，然后早早睡了。',
            en: 'You put your phone face down, read for a little longer and go to bed early.',
          },
        },
      ],
    },
    reason: {
      says: {
        'zh-cn': '药要医生开，来路不明的我不吃。',
        en: 'Medicine comes from a doctor. I don’t take pills from nowhere.',
      },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '这又不是毒品。', en: 'It’s not like they’re drugs.' },
        },
        {
          speaker: 'you',
          text: {
            'zh-cn': '没有说明书的药，我不敢吃。',
            en: 'Pills without a leaflet? I’m not taking them.',
          },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '阿凯发来一个撇嘴的表情，就不再说话了。',
            en: 'Kai sends an eye-roll emoji and goes quiet.',
          },
        },
      ],
    },
    suggest: {
      says: {
        'zh-cn': '不用。要不明早我们一起对一下重点？',
        en: 'No thanks. Shall we go over the key points together in the morning instead?',
      },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '……也行，七点半图书馆见。', en: '…OK. Library, half past seven.' },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你们约好一起复习，那袋药谁也没再提。',
            en: 'You agree to revise together, and nobody mentions the pills again.',
          },
        },
      ],
    },
    leave: {
      says: {
        'zh-cn': '我先下线睡觉了，明天见。',
        en: 'I’m logging off to sleep. See you tomorrow.',
      },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你退出聊天，把手机放到房间外面充电，关灯睡觉。',
            en: 'You leave the chat, put your phone on charge outside your room and turn off the light.',
          },
        },
      ],
    },
    tell: {
      says: { 'zh-cn': '我去跟爸妈说一声。', en: 'I’m going to tell my parents.' },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你把聊天记录截了图，拿给爸妈看。',
            en: 'You take screenshots of the chat and show them to your parents.',
          },
        },
        {
          speaker: 'adult',
          name: { 'zh-cn': '爸妈', en: 'Your parents' },
          text: {
            'zh-cn': '谢谢你告诉我们。明天我们和老师说，需要的话就报警。',
            en: 'Thank you for telling us. Tomorrow we’ll talk to your teacher, and call the police if we need to.',
          },
        },
      ],
    },
    accept: {
      says: { 'zh-cn': '……那明天给我带点吧。', en: '…OK, bring me some tomorrow.' },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '考试前，你吃下了他给的药。',
            en: 'Before the exam, you take what he gives you.',
          },
        },
      ],
    },
  },
  accepted: {
    effects: [
      {
        entry: 'smart-drugs',
        field: 'harms.body.short',
        item: 0,
        source: 'https://nida.nih.gov/publications/drugfacts/prescription-stimulants',
      },
      {
        entry: 'smart-drugs',
        field: 'harms.body.short',
        item: 1,
        source: 'https://nida.nih.gov/publications/drugfacts/prescription-stimulants',
      },
      {
        entry: 'smart-drugs',
        field: 'harms.mind.short',
        item: 0,
        source: 'https://nida.nih.gov/publications/drugfacts/prescription-stimulants',
      },
    ],
    family: {
      'zh-cn': '那天晚上你怎么也睡不着。父母发现了那袋药，又着急又难过，第二天带你去看了医生。',
      en: 'That night you cannot sleep. Your parents find the bag of pills; worried and upset, they take you to a doctor the next day.',
    },
    school: {
      'zh-cn': '考试时你心里发慌、坐立不安，好几道会做的题都没答完。',
      en: 'In the exam you feel anxious and restless, and several questions you knew are left unanswered.',
    },
    law: [
      {
        entry: 'smart-drugs',
        field: 'law.summary',
        source:
          'https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs',
      },
      {
        entry: 'smart-drugs',
        field: 'law.articles',
        item: 0,
        source: 'https://www.gov.cn/flfg/2007-12/29/content_847311.htm',
      },
    ],
  },
};
