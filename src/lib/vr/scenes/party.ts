import type { OfferScene } from '../types';

/**
 * A birthday party where an older cousin offers "milk tea" sachets: the disguise the
 * encyclopedia's milk-tea entry describes (loud print, no maker, no ingredients), and the
 * refusal lines the prevention guide suggests for parties.
 */
export const party: OfferScene = {
  id: 'party',
  title: { 'zh-cn': '生日聚会', en: 'Birthday party' },
  friend: {
    name: { 'zh-cn': '阿浩', en: 'Hao' },
    who: {
      'zh-cn': '小雨的表哥，你见过几次',
      en: 'Xiaoyu’s older cousin; you have met him a few times',
    },
  },
  prop: 'milk-tea-sachet',
  entry: 'milk-tea',
  offer: [
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '周六下午，你在同学小雨家参加生日聚会。桌上摆着蛋糕，大家正在玩游戏。',
        en: 'Saturday afternoon, at your classmate Xiaoyu’s birthday party. There is cake on the table and everyone is playing games.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '嘿，尝尝这个，新出的网红奶茶，大家都在晒。',
        en: 'Hey, try this. It’s the new milk tea everyone is posting about.',
      },
    },
    {
      speaker: 'narrator',
      text: {
        'zh-cn': '他递来一个小包：卡通图案很花哨，却没有厂家、配料表和生产日期。',
        en: 'He holds out a small sachet: loud cartoon print, but no maker, no ingredients and no date.',
      },
    },
    {
      speaker: 'friend',
      text: {
        'zh-cn': '喝了特别嗨。大家都喝过，就你没试过。',
        en: 'It gives you a real buzz. Everyone has had some; you’re the only one who hasn’t.',
      },
    },
  ],
  responses: {
    refuse: {
      says: { 'zh-cn': '不用了，我不喝。', en: 'No thanks, I’m not having any.' },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '别扫兴嘛，就一口。', en: 'Don’t be boring, just one sip.' },
        },
        {
          speaker: 'you',
          text: { 'zh-cn': '不用了，我不喝。', en: 'No thanks, I’m not having any.' },
        },
        { speaker: 'friend', text: { 'zh-cn': '行吧行吧。', en: 'Fine, fine.' } },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '他耸耸肩，去找别人了。没人再提这件事，聚会照常进行。',
            en: 'He shrugs and wanders off. Nobody mentions it again and the party goes on.',
          },
        },
      ],
    },
    reason: {
      says: {
        'zh-cn': '不了，我明早有比赛，来路不明的东西我不碰。',
        en: 'No, I’ve got a match tomorrow, and I don’t touch things when I don’t know what’s in them.',
      },
      then: [
        {
          speaker: 'friend',
          text: { 'zh-cn': '一包奶茶而已，至于吗？', en: 'It’s only milk tea. Come on.' },
        },
        {
          speaker: 'you',
          text: {
            'zh-cn': '没有配料表的东西，我不喝。',
            en: 'It has no ingredients list. I’m not drinking it.',
          },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '阿浩撇撇嘴，把小包收了回去。你拿起自己带来的那瓶水。',
            en: 'Hao pulls a face and puts the sachet away. You pick up the water you brought.',
          },
        },
      ],
    },
    suggest: {
      says: {
        'zh-cn': '我不喝。走，切蛋糕去！',
        en: 'Not for me. Come on, let’s go and cut the cake!',
      },
      then: [
        { speaker: 'friend', text: { 'zh-cn': '……行，吃蛋糕。', en: '…Fine, cake it is.' } },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '大家围到桌边唱生日歌，那包“奶茶”被忘在了一边。',
            en: 'Everyone gathers round to sing happy birthday, and the “milk tea” is forgotten.',
          },
        },
      ],
    },
    leave: {
      says: {
        'zh-cn': '我妈快来接我了，我先走啦。',
        en: 'My mum is picking me up soon, I’d better go.',
      },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你跟小雨说了生日快乐，走到门口给妈妈打电话，请她早点来接你。',
            en: 'You wish Xiaoyu a happy birthday and, at the door, call your mum to come early.',
          },
        },
        {
          speaker: 'adult',
          name: { 'zh-cn': '妈妈', en: 'Mum' },
          text: {
            'zh-cn': '好，我十分钟就到。路上跟我说说怎么了。',
            en: 'OK, I’ll be there in ten minutes. Tell me what happened on the way.',
          },
        },
      ],
    },
    tell: {
      says: { 'zh-cn': '我去跟阿姨说一声。', en: 'I’m going to tell Xiaoyu’s mum.' },
      then: [
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '你悄悄告诉小雨的妈妈：有人拿来没有标签的“奶茶”包，说喝了会很嗨。',
            en: 'You quietly tell Xiaoyu’s mum that someone has brought unlabelled “milk tea” sachets that he says give you a buzz.',
          },
        },
        {
          speaker: 'adult',
          name: { 'zh-cn': '小雨妈妈', en: 'Xiaoyu’s mum' },
          text: {
            'zh-cn': '谢谢你告诉我，你做得对。这些我先收起来，我来处理。',
            en: 'Thank you for telling me; you did the right thing. I’ll take these and deal with it.',
          },
        },
        {
          speaker: 'narrator',
          text: {
            'zh-cn': '阿浩一开始有点不高兴，但大家都平平安安。告诉大人不是出卖，是在保护每一个人。',
            en: 'Hao sulks at first, but everyone is safe. Telling an adult is not snitching: it protects everyone.',
          },
        },
      ],
    },
    accept: {
      says: { 'zh-cn': '……那就尝一口吧。', en: '…OK, just a sip.' },
      then: [{ speaker: 'narrator', text: { 'zh-cn': '你喝了几口。', en: 'You drink a little.' } }],
    },
  },
  accepted: {
    effects: [
      {
        entry: 'milk-tea',
        field: 'harms.body.short',
        item: 0,
        source: 'https://www.fda.gov.tw/TC/newsContent.aspx?cid=5049&id=14135',
      },
      {
        entry: 'milk-tea',
        field: 'harms.body.short',
        item: 1,
        source: 'https://www.fda.gov.tw/TC/newsContent.aspx?cid=5049&id=14135',
      },
      {
        entry: 'milk-tea',
        field: 'harms.mind.short',
        item: 1,
        source: 'https://www.fda.gov.tw/TC/newsContent.aspx?cid=5049&id=14135',
      },
    ],
    family: {
      'zh-cn':
        '小雨的妈妈发现你脸色发白、站不稳，马上拨打 120，又通知了你的父母。这个晚上，你是在医院度过的。',
      en: 'Xiaoyu’s mum sees you are pale and unsteady, calls 120 and then your parents. You spend the evening in hospital.',
    },
    school: {
      'zh-cn': '周一回到学校，你没精神，上课跟不上。班主任请你和父母一起谈了一次话。',
      en: 'Back at school on Monday you are worn out and cannot follow lessons. Your class teacher asks to see you with your parents.',
    },
    law: [
      {
        entry: 'milk-tea',
        field: 'law.summary',
        source: 'https://www.gov.cn/flfg/2007-12/29/content_847311.htm',
      },
      {
        entry: 'milk-tea',
        field: 'law.articles',
        item: 3,
        source: 'https://3g.china.com/act/news/10000169/20251224/49105996.html',
      },
      {
        entry: 'milk-tea',
        field: 'law.articles',
        item: 2,
        source: 'http://gongbao.court.gov.cn/Details/f8e30d0689b23f57bfc782d21035c3.html',
      },
    ],
  },
};
