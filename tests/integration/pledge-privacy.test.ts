import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, test } from 'vitest';
import { nameHash, normalName } from '../../src/lib/pledge/signer';
import {
  asSuperuser,
  freshStats,
  mustSign,
  pledgeSuite,
  devices,
  proofs,
  seenReplies,
  sign,
  verify,
  withdraw,
  type Signer,
} from '../support/pledgeApi';

pledgeSuite();

/** Full names known only to this test: the browser sends their first character and a hash. */
const signers: Signer[] = [
  {
    name: '欧阳靐龘',
    ageBand: '14to17',
    province: '440000',
    city: '440100',
    school: '广州市第七中学',
  },
  { name: 'Quillonvexa Marbrethwick', ageBand: '18plus', province: '330000' },
  { name: '诸葛齉爨', ageBand: 'under14' },
  { name: 'Ondrafelix Brumwaldine', ageBand: '18plus' },
];

// each signer signs from a browser of their own
beforeAll(async () => {
  const tokens = await devices(signers.length);
  signers.forEach((signer, i) => (signer.device = tokens[i]!));
});

/** Text that would give a name away: the names, their tails and rare characters, their parts. */
const giveaways = [
  ...signers.map((s) => s.name),
  ...signers.map((s) => normalName(s.name).toLowerCase()),
  '阳靐龘',
  '靐龘',
  '靐',
  '龘',
  '诸葛',
  '葛齉爨',
  '齉爨',
  '齉',
  '爨',
  'quillonvexa',
  'marbrethwick',
  'ondrafelix',
  'brumwaldine',
];

/** A field for a person's name (a quiz nickname, chosen to be shown, is not one). */
const namelike =
  /^(?:(?:full|first|last|given|family|real|middle)_?)?(?:name|names|surname|initial)$/i;

/** Every record of every collection, and the request log, as an organiser can read them. */
async function everythingStored() {
  const pb = await asSuperuser();
  const collections = await pb.collections.getFullList();
  const records: Record<string, unknown[]> = {};
  for (const collection of collections) {
    try {
      records[collection.name] = await pb.collection(collection.name).getFullList({ batch: 1000 });
    } catch (error) {
      // a collection another test file deletes meanwhile
      if (!(error instanceof ClientResponseError && error.status === 404)) throw error;
    }
  }
  const logs = await pb.logs.getList(1, 1000);
  return { collections, records, logs: logs.items };
}

describe('no full name is ever stored or sent back', () => {
  test('after signing, re-signing, verifying and withdrawing, no record, log entry or reply holds a full name or its tell-tale parts', async () => {
    const ready = await proofs(signers.length * 2);
    const certificates = [];
    for (const [i, signer] of signers.entries()) {
      certificates.push(await mustSign(signer, ready[i]!));
      // the same browser and name again: the certificate comes back, but not under 14,
      // where nothing derived from the name is kept (a second signature is a second pledge)
      const again = await sign(signer, ready[signers.length + i]!);
      const under14 = signer.ageBand === 'under14';
      expect(again.status).toBe(under14 ? 201 : 200);
      expect(again.body.existing).toBe(under14 ? undefined : true);
    }
    for (const certificate of certificates)
      expect((await verify(certificate.code)).status).toBe(200);
    expect((await withdraw(certificates[3]!.code, signers[3]!.device!)).status).toBe(200);
    await freshStats();
    expect(certificates.map((c) => c.masked)).toEqual(['欧**', 'Q***', undefined, 'O***']);

    const stored = await everythingStored();
    expect(Object.keys(stored.records)).toEqual(expect.arrayContaining(['pledges']));
    const dump = JSON.stringify(stored).toLowerCase();
    const replies = seenReplies.join('\n').toLowerCase();
    // what should be there is (so the search below can find things)
    for (const text of ['欧**', certificates[0]!.code.toLowerCase(), '广州市第七中学']) {
      expect(dump).toContain(text);
    }
    expect(replies).toContain('欧**');
    for (const giveaway of giveaways) {
      expect(dump, `stored: ${giveaway}`).not.toContain(giveaway.toLowerCase());
      expect(replies, `sent back: ${giveaway}`).not.toContain(giveaway.toLowerCase());
    }

    // the name's hash and the browser's id are only kept as keyed hashes, never as sent
    for (const signer of signers) {
      expect(dump).not.toContain(await nameHash(signer.name));
      expect(dump).not.toContain(signer.device!.toLowerCase());
    }
  });

  test('no pledge collection has a field for a name: each has only its known fields', async () => {
    const pb = await asSuperuser();
    const fields = Object.fromEntries(
      (await pb.collections.getFullList())
        .filter((c) => c.name.startsWith('pledge') || c.name === 'spent_challenges')
        .map((c) => [c.name, c.fields.map((f: { name: string }) => f.name).sort()]),
    );
    expect(fields).toEqual({
      pledges: [
        'age_band',
        'city',
        'code',
        'created',
        'day',
        'dedupe_hash',
        'device_hash',
        'id',
        'masked',
        'number',
        'province',
        'request_key',
        'school',
      ],
      pledge_counts: ['count', 'id', 'key'],
      pledge_rollups: ['day', 'dimension', 'id', 'pledges', 'scope', 'value'],
      pledge_withdrawals: ['age_band', 'created', 'day', 'id', 'number', 'province'],
      spent_challenges: ['expires_ms', 'id', 'signature'],
    });
  });

  test('across the whole database, the only fields named like a name are the known non-pledge ones', async () => {
    const pb = await asSuperuser();
    const named = (await pb.collections.getFullList()).flatMap((c) =>
      c.fields
        .map((f: { name: string }) => `${c.name}.${f.name}`)
        .filter((field: string) => namelike.test(field.split('.')[1]!)),
    );
    // a secret's key, PocketBase's own users collection (Jindu's only accounts are teachers), a booth
    // kiosk's name ("人民广场展台"), an organiser's office and a school on its coverage list, a
    // class's name ("七年级一班") and the name a teacher gives for themself on signing up
    expect(named.sort()).toEqual([
      'classes.name',
      'kiosks.name',
      'organiser_schools.name',
      'organisers.name',
      'secrets.name',
      'teachers.name',
      'users.name',
    ]);
  });
});
