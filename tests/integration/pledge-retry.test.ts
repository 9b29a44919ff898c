import { describe, expect, test } from 'vitest';
import {
  freshStats,
  mustSign,
  pledgeSuite,
  pledgesWithKeys,
  postSignature,
  problemOf,
  proofs,
  sign,
  signBody,
  storedPledges,
  type Certificate,
  newDevice,
} from '../support/pledgeApi';

pledgeSuite();

/** What identifies a pledge in a reply. */
const pledgeOf = (c: Certificate) => ({ number: c.number, code: c.code, date: c.date });
/** A sign reply without the live counts it carries, which other signers move meanwhile. */
const certificateOf = ({ counts: _counts, ...certificate }: Certificate & { counts?: unknown }) =>
  certificate;

describe('a retried submission stores one pledge', () => {
  test('the same submission sent again after its reply gets the same certificate back, and the count moves once', async () => {
    const [proof] = await proofs(1);
    const before = await freshStats();
    const body = await signBody({ name: 'Retry Rita', province: '310000' }, proof!);

    const first = await postSignature(body);
    expect(first.status).toBe(201);
    const again = await postSignature(body);
    const later = await postSignature(body);
    for (const reply of [again, later]) {
      expect(reply.status).toBe(200);
      expect(certificateOf(reply.body)).toEqual(certificateOf(first.body));
    }

    expect(await pledgesWithKeys([body.key])).toHaveLength(1);
    const after = await freshStats();
    expect(after.total).toBe(before.total + 1);
    expect(after.today).toBe(before.today + 1);
    expect(after.latest[0]).toEqual({ masked: 'R***', province: '310000', date: first.body.date });
    expect(after.latest.slice(1)).toEqual(before.latest.slice(0, after.latest.length - 1));
  });

  test('each of four submissions sent three times at once stores one pledge, and no reply names another', async () => {
    const before = await freshStats();
    const bodies = await Promise.all(
      (await proofs(4)).map((proof, i) => signBody({ name: `Racing ${i}` }, proof)),
    );

    const replies = await Promise.all(
      bodies.map((body) => Promise.all([1, 2, 3].map(() => postSignature(body)))),
    );
    const stored = await pledgesWithKeys(bodies.map((body) => body.key));
    expect(stored).toHaveLength(4);
    for (const [i, body] of bodies.entries()) {
      const row = stored.find((r) => r.request_key === body.key)!;
      const answered = replies[i]!.filter((r) => r.status < 300);
      expect(answered.filter((r) => r.status === 201)).toHaveLength(1);
      for (const reply of answered) {
        expect(pledgeOf(reply.body)).toEqual({ number: row.number, code: row.code, date: row.day });
      }
      // once it has settled, a further retry gets that pledge
      const later = await postSignature(body);
      expect(later.status).toBe(200);
      expect(pledgeOf(later.body)).toEqual({ number: row.number, code: row.code, date: row.day });
    }
    expect((await freshStats()).total).toBe(before.total + 4);
  });

  test('every copy of a submission sent several times at once is answered with its certificate', async () => {
    const bodies = await Promise.all(
      (await proofs(8)).map((proof, i) => signBody({ name: `Twice ${i}` }, proof)),
    );
    const replies = await Promise.all(
      bodies.flatMap((body) => [1, 2, 3, 4].map(() => postSignature(body))),
    );
    expect(replies.map(problemOf).filter(([status]) => status >= 300)).toEqual([]);
  });
});

describe('the same browser and name within a day get their certificate back', () => {
  test('a new submission (new key, fresh proof) from the same device and name returns the first pledge, marked existing', async () => {
    const [p1, p2, p3, p4, p5] = await proofs(5);
    const device = await newDevice();
    const first = await mustSign({ name: 'Wang Xiaoming', device, province: '310000' }, p1!);
    const before = await freshStats();

    // the browser normalises the name before hashing: case and spacing do not make a new signer
    for (const [name, proof] of [
      ['Wang Xiaoming', p2!],
      ['  wang   XIAOMING ', p3!],
    ] as const) {
      const reply = await sign({ name, device, province: '310000' }, proof);
      expect(reply.status, name).toBe(200);
      expect(certificateOf(reply.body)).toEqual({ ...certificateOf(first), existing: true });
    }
    expect(await freshStats()).toEqual(before);
    expect(await storedPledges('code = {:code}', { code: first.code })).toHaveLength(1);

    // another name on the same phone (a family), or the same name on another phone: new pledges
    const sibling = await sign({ name: 'Wang Xiaohong', device }, p4!);
    const elsewhere = await sign({ name: 'Wang Xiaoming' }, p5!);
    for (const reply of [sibling, elsewhere]) {
      expect(reply.status).toBe(201);
      expect(reply.body.existing).toBeUndefined();
      expect(reply.body.code).not.toBe(first.code);
    }
    expect((await freshStats()).total).toBe(before.total + 2);
  });
});
