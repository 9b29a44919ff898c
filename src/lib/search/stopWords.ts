import { lunr } from './lunrSetup';

/**
 * Words a question is made of that say nothing about what it asks: "什么是笑气？",
 * "摇头丸会上瘾吗", "is khat legal in China". Only whole words the segmenter finds are dropped,
 * so 有 goes but 有毒 stays.
 */
const chineseQuestionWords = new Set(
  (
    '什么 什么样 怎么 怎么样 怎样 如何 为什么 为何 哪些 哪个 哪里 多少 是 是不是 算 算不算 属于 ' +
    '吗 呢 吧 啊 呀 么 的 地 得 了 着 过 有 有没有 会 会不会 能 能不能 可以 要 吸 吃 喝 用 ' +
    '请问 一下 到底 真的 我 你 他 她 它 我们 里 在 和 与 及 或 还是 都 也 还 就 这 那 这个 那个 ' +
    '这些 那些 一个 被 给 对 把 让 ' +
    // The same in Traditional characters, since only names' characters are folded.
    '什麼 怎麼 怎麼樣 為什麼 為何 哪個 哪裡 嗎 麼 會 會不會 能不能 請問 裡 與 還是 還 這 這個 那個 ' +
    '這些 一個 給 對 讓 過 著'
  ).split(' '),
);

/** Whether a word of a query is a question's filler (lunr's English stop words and ours). */
export function isStopWord(word: string): boolean {
  if (chineseQuestionWords.has(word)) return true;
  return /^[a-z]+$/.test(word) && lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}
