// bench_tokens' reference: Hugging Face's Rust tokenizer (npm @anush008/tokenizers, batch
// encoding on every core) over the same texts, '\0'-separated in FILE.
// Usage: node hf_bench.mjs TEXTS TOKENIZER_JSON   -> {"seconds":…,"cpu_seconds":…,"tokens":…,"bytes":…}
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import tokenizers from '@anush008/tokenizers';

const [file, tokenizerJson] = process.argv.slice(2);
const tok = tokenizers.Tokenizer.fromFile(tokenizerJson);
const fd = openSync(file, 'r');
const size = fstatSync(fd).size;
const chunk = Buffer.alloc(16 << 20);
let carry = Buffer.alloc(0);
let tokens = 0;
let bytes = 0;
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  const buf = Buffer.concat([carry, chunk.subarray(0, n)]);
  const last = n === 0 ? buf.length : buf.lastIndexOf(0);
  const body = last < 0 ? Buffer.alloc(0) : buf.subarray(0, last);
  carry = last < 0 ? buf : Buffer.from(buf.subarray(last + 1));
  const texts = body.length ? body.toString('utf8').split('\0') : [];
  for (let i = 0; i < texts.length; i += 1000) {
    const encs = await tok.encodeBatch(texts.slice(i, i + 1000), { addSpecialTokens: false });
    for (const e of encs) tokens += e.getLength();
  }
  bytes += body.length + (n === 0 ? 0 : 1);
  if (n === 0) break;
}
closeSync(fd);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
// CPU time of every thread (the Rust pool's too): comparable on a busy machine.
const cpu_seconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ seconds, cpu_seconds, tokens, bytes: size }));
