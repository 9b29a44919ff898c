import { test } from 'vitest';
import { call, fetchChallenge, postSignature, proofs, randomToken, sign, signBody, storedPledges, pledgeSuite, freshStats, withdraw } from '../support/pledgeApi';

pledgeSuite();

test('probe', async () => {
  const t0 = Date.now();
  const p = await proofs(8);
  console.log('8 proofs', Date.now() - t0);
  // concurrent identical
  const body = await signBody({ name: 'Alice', school: 'x'.repeat(100) }, p[0]!);
  const rs = await Promise.all([postSignature(body), postSignature(body)]);
  console.log('concurrent', rs.map((r) => [r.status, r.text]));
  // 10000 initial
  const big = await signBody({ name: 'Bob' }, p[1]!);
  console.log('10k initial', (await postSignature({ ...big, initial: 'a'.repeat(10000) })).text);
  console.log('1000 initial', (await postSignature({ ...big, initial: 'a'.repeat(1000) })).text);
  console.log('school 10k', (await postSignature({ ...big, school: 's'.repeat(10000) })).text);
  console.log('school bidi', (await postSignature({ ...big, school: 'ab\u202Ecd' })).text);
  console.log(await storedPledges('request_key = {:k}', { k: big.key }));
  console.log('province 990000', (await sign({ name: 'Carl', province: '990000' }, p[2]!)).text);
  console.log('export guest', (await call('/api/jindu/pledges/export.csv')).text);
  console.log('stats', JSON.stringify(await freshStats()));
});
