import type { OfferScene } from '../types';

/**
 * A KTV room after exams, where a schoolmate passes round a "head-rush" vape shaped like a
 * highlighter (the vape-pod replica). The guide's lines for vapes: "I don't vape", "it smells
 * wrong", "let's go and play ball" — and "head rush" means something has been added.
 */
export const ktv: OfferScene = {
  id: 'ktv',
  title: { 'zh-cn': 'KTV 包间', en: 'KTV room' },
  friend: {
    name: { 'zh-cn': '阿杰', en: 'Jie' },
    who: {
      'zh-cn': '隔壁班的同学，篮球队的',
      en: 'a schoolmate from the class next door, on the basketball team',
    },
  },
  prop: 'vape-pod',
  entry: 'headrush-vape',
  offer: [
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '期末考试结束了，你和几个同学在 KTV 唱歌庆祝。灯光暗暗的，音乐声很大。',
        en: 'Exams are over and you are celebrating with classmates in a KTV room. The lights are low and the music is loud.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '来，吸一口这个，“上头电子烟”，特别爽。',
        en: 'Here, have a puff. It’s a “head-rush” vape, it feels amazing.',
      },
    },
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '那支电子烟像一支荧光笔，上面没有品牌，也没有健康警示。',
        en: 'The vape looks like a highlighter pen, with no brand and no health warning on it.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '就一口，又不会上瘾。别这么胆小。',
        en: 'Just one puff, you won’t get hooked. Don’t be such a chicken.',
      },
    },
  ],
  responses: {
    refuse: {
      says: { 'zh-cn': '我不抽，谢谢。', en: 'I don’t vape, thanks.' },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '切，一口都不敢？', en: 'What, not even one puff?' },
        },
        { speaker: 'you', text: { 'zh-cn': '不抽，谢谢。', en: 'No. Thanks.' } },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '阿杰把电子烟揣回兜里，拿起话筒接着唱。屋里另外两个同学也没碰它。',
            en: 'Jie pockets the vape and picks up the microphone again. Two others in the room have not touched it either.',
          },
        },
      ],
    },
    reason: {
      says: {
        'zh-cn': '味道不对的东西我不碰，下周我还有篮球赛呢。',
        en: 'I don’t touch stuff that smells wrong. I’ve got a basketball game next week.',
      },
      then: [
        { speaker: 'friend', text: { 'zh-cn': '你想多了吧。', en: 'You’re overthinking it.' } },
        {
          speaker: 'you',
          text: {
            'zh-cn': '“上头”就说明里面加了东西。我不碰。',
            en: 'If it gives you a “head rush”, something has been added. I’m not touching it.',
          },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '阿杰愣了一下，没再劝你。',
            en: 'Jie stops for a moment and does not push you again.',
          },
        },
      ],
    },
    suggest: {
      says: {
        'zh-cn': '我不抽。走，一起点首歌！',
        en: 'Not for me. Come on, let’s pick a song!',
      },
      then: [
        { speaker: 'friend', text: { 'zh-cn': '行，你来点。', en: 'OK, you choose.' } },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你们挤到点歌屏前挑歌，电子烟被丢在了一边。',
            en: 'You crowd round the song screen, and the vape is left lying on the table.',
          },
        },
      ],
    },
    leave: {
      says: {
        'zh-cn': '我家里有事，先回去了。',
        en: 'I have to get home. See you!',
      },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你拿上书包走出包间，到前台给爸爸打电话，在大厅等他来接。',
            en: 'You grab your bag, leave the room, call your dad from the front desk and wait for him in the lobby.',
          },
        },
        {
          speaker: 'adult',
          name: { 'zh-cn': '爸爸', en: 'Dad' },
          text: {
            'zh-cn': '好，就在大厅等我，我马上到。',
            en: 'OK, wait for me in the lobby. I’m on my way.',
          },
        },
      ],
    },
    tell: {
      says: {
        'zh-cn': '我出去给爸爸打个电话。',
        en: 'I’m going out to call my dad.',
      },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你走出包间，把电子烟的事告诉了爸爸。',
            en: 'You step out of the room and tell your dad about the vape.',
          },
        },
        {
          speaker: 'adult',
          name: { 'zh-cn': '爸爸', en: 'Dad' },
          text: {
            'zh-cn': '你做得对。我这就来接你，明天我们和老师说一声。',
            en: 'You did the right thing. I’m coming to get you, and tomorrow we’ll tell your teacher.',
          },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '老师联系了阿杰的家长，大人们会帮他。告诉大人不是出卖，是在帮他。',
            en: 'The teacher talks to Jie’s parents, and the adults will help him. Telling was not snitching: it was helping him.',
          },
        },
      ],
    },
    accept: {
      says: { 'zh-cn': '……那就一口。', en: '…Just one, then.' },
      then: [{ speaker: 'narrator', text: { 'zh-cn': '你吸了一口。', en: 'You take a puff.' } }],
    },
  },
  accepted: {
    effects: [
      {
        entry: 'headrush-vape',
        field: 'harms.body.short',
        item: 0,
        source: 'https://nida.nih.gov/publications/drugfacts/synthetic-cannabinoids-k2spice',
      },
      {
        entry: 'headrush-vape',
        field: 'harms.mind.short',
        item: 0,
        source: 'https://nida.nih.gov/publications/drugfacts/synthetic-cannabinoids-k2spice',
      },
      {
        entry: 'headrush-vape',
        field: 'harms.mind.short',
        item: 2,
        source: 'https://nida.nih.gov/publications/drugfacts/synthetic-cannabinoids-k2spice',
      },
    ],
    family: {
      'zh-cn': '同学们吓坏了，KTV 的工作人员拨打了 120。你的父母连夜赶到医院。',
      en: 'Your friends are frightened and the KTV staff call 120. Your parents rush to the hospital that night.',
    },
    school: {
      'zh-cn': '这件事传到了学校。你错过了篮球赛，老师和父母轮流找你谈话。',
      en: 'Word gets round at school. You miss the basketball game, and your teachers and parents each sit down to talk with you.',
    },
    law: [
      {
        entry: 'headrush-vape',
        field: 'law.summary',
        source: 'http://sm.guoqing.china.com.cn/2021-05/13/content_41559615.html',
      },
      {
        entry: 'headrush-vape',
        field: 'law.articles',
        item: 4,
        source: 'https://3g.china.com/act/news/10000169/20251224/49105996.html',
      },
      {
        entry: 'headrush-vape',
        field: 'law.articles',
        item: 3,
        source: 'http://gongbao.court.gov.cn/Details/f8e30d0689b23f57bfc782d21035c3.html',
      },
    ],
  },
};
