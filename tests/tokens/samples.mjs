// Texts for the tokenizer reference test and bench_tokens, from a fixed seed: multilingual
// prose, emoji, code, whitespace runs, numbers, contractions in any case, text that NFC changes,
// and the family's special tokens written inside the text, plus the message contents of rows
// from tests/tools/gen_dataset.py.
import { execFileSync } from 'node:child_process';

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'the', 'quick', 'brown', 'fox', 'Hello', 'WORLD', 'tokenizer', 'fine-tuning', 'naïve', 'café', 'Straße',
  '東京都', '你好，世界', '機械学習モデル', 'ひらがなカタカナ', '한국어 텍스트', 'Привет, мир', 'مرحبا بالعالم',
  'שלום עולם', 'नमस्ते दुनिया', 'สวัสดีชาวโลก', 'Ελληνικά', 'Tiếng Việt', 'e\u0301', 'A\u030A', '\u1100\u1161',
  '👋', '👍🏽', '👨‍👩‍👧‍👦', '🇫🇷', '🏳️‍🌈', '✅', '∑ x² ≤ ∞', '½ ⅔ Ⅻ ١٢٣', '①②', 'ſ', 'K', 'ﬁ',
  "it's", "I'M", "we'LL", "they'Re", "you'd", "'s", "don't", "O'Neil",
  '123', '4567890', '3.14159', '1,000,000', '2024-06-01', '0x1F', '#42', '$19.99', '100%',
  'def f(x):\n    return x * 2\n', 'for (int i = 0; i < n; ++i) {\n\tsum += a[i];\n}', '{"key": [1, 2, {"a": null}]}',
  '<div class="x">&amp;</div>', 'SELECT * FROM t WHERE id = 1;', '```python\nprint("hi")\n```', 'a->b', '::', '...',
  '    ', '  ', '\t', '\t\t', '\n', '\n\n', '\n\n\n\n', '\r\n', ' \n ', '\u00a0', '\u0085', '\u2028', '\u3000',
  '\u200b', '\ufeff', '▁', '▁▁', '<unk>', '<0x41>', '<', '>', '|', '<|', '|>', '<<>>', '\u0000', '\u001b[31m',
];

function word(r, specials) {
  const x = r();
  if (specials.length && x < 0.05) return specials[Math.floor(r() * specials.length)];
  return PIECES[Math.floor(r() * PIECES.length)];
}

function text(r, specials, n) {
  let out = '';
  for (let i = 0; i < n; i++) {
    const sep = r();
    out += sep < 0.6 ? ' ' : sep < 0.7 ? '' : sep < 0.8 ? '\n' : sep < 0.85 ? '   ' : sep < 0.9 ? ', ' : '. ';
    out += word(r, specials);
  }
  return out;
}

// `count` generated texts (a few long), for one family's special tokens.
export function generatedTexts(seed, count, specials) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const n = i % 50 === 49 ? 4000 : 1 + Math.floor(r() * 60);
    out.push(text(r, specials, n));
  }
  out.push('', ' ', '  ', '\n', 'a', ' a', '  a', 'a  ', '\t\n \t', '1234567', specials.join(''), specials.join(' '));
  // Where Oniguruma and PCRE2 differ unless TuneDesk rewrites the pattern (NEL is \s there).
  out.push('x\u0085\u0085y', 'a\u0085\u0085\u0085 b', '\u0085\u0085', 'word\u0085\u0085word \u0085\u0085 1\u0085\u00852');
  out.push(' '.repeat(5000) + 'x', '\n'.repeat(300), 'ab'.repeat(3000), '🙂'.repeat(500), '中'.repeat(2000));
  return out;
}

// Message contents and whole rows (contents joined as a chat template would) from gen_dataset.py.
export function datasetTexts(genDataset, seed, lines, wrap) {
  const jsonl = execFileSync('python3', [genDataset, '-', '--lines', String(lines), '--seed', String(seed)], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const out = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    const msgs = row.messages || [];
    for (const m of msgs) if (typeof m.content === 'string') out.push(m.content);
    out.push(msgs.map((m) => wrap(m.role, typeof m.content === 'string' ? m.content : '')).join(''));
  }
  return out;
}
