import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { baseURL } from '../support/api';
import { superuser } from '../support/server';
import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import {
  certificateCode,
  createKiosk,
  flush,
  itemKey,
  organiserToken,
  pair,
  pairedKiosk,
  problemOf,
  storedItems,
  visitorActions,
  type Item,
} from '../support/kioskApi';
import { newOrganiser } from '../support/organiserApi';
import { freshStats, pledgeSuite, storedPledges } from '../support/pledgeApi';

pledgeSuite(); // kiosk pledges move the global counts

describe('registering and pairing a kiosk', () => {
  test('only an organiser registers kiosks; a bad description is refused', async () => {
    const body = { name: 'Booth', pin: '1234' };
    expect(problemOf(await request('/api/jindu/kiosks', { body }))).toEqual([
      403,
      'kiosk_forbidden',
    ]);
    const authorization = await organiserToken();
    for (const [bad, code] of [
      [{ pin: '12' }, 'kiosk_pin_invalid'],
      [{ name: '' }, 'kiosk_text_invalid'],
      [{ stations: ['casino'] }, 'kiosk_station_invalid'],
      [{ idleSeconds: 5 }, 'kiosk_idle_invalid'],
      [{ province: '999999' }, 'pledge_region_invalid'],
    ] as const) {
      const reply = await request('/api/jindu/kiosks', {
        headers: { authorization },
        body: { ...body, ...bad },
      });
      expect(problemOf(reply), JSON.stringify(bad)).toEqual([400, code]);
    }
  });

  test('a national organiser registers kiosks; a regional one may not yet (kiosks are not scoped)', async () => {
    const body = { name: 'Booth', pin: '1234' };
    const national = await newOrganiser('');
    const made = await request('/api/jindu/kiosks', {
      headers: { authorization: national.token },
      body,
    });
    expect(made.status).toBe(201);
    const regional = await newOrganiser('620000');
    const refused = await request('/api/jindu/kiosks', {
      headers: { authorization: regional.token },
      body,
    });
    expect(problemOf(refused)).toEqual([403, 'kiosk_forbidden']);
  });

  test('a pairing code works once and gives the kiosk its settings and keyed pool', async () => {
    const created = await createKiosk({ stations: ['quiz', 'pledge'], idleSeconds: 60 });
    expect(created.pairingCode).toMatch(/^[A-Z2-9]{8}$/);
    const paired = await pair(created.pairingCode!.toLowerCase());
    expect(paired.status).toBe(200);
    const { token, kiosk } = paired.body;
    expect(kiosk).toMatchObject({ stations: ['quiz', 'pledge'], idleSeconds: 60 });
    expect(kiosk.pin.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(paired.text).not.toContain('2468');
    expect(kiosk.quiz.questions.length).toBeGreaterThanOrEqual(kiosk.quiz.count);
    for (const q of kiosk.quiz.questions) expect(q.answer).toBeDefined();
    expect(problemOf(await pair(created.pairingCode!))).toEqual([400, 'kiosk_pairing_invalid']);

    const again = await request<typeof kiosk>('/api/jindu/kiosk', {
      headers: { 'x-kiosk': token },
    });
    expect(again.status).toBe(200);
    expect(again.body.quiz.questions.length).toBe(kiosk.quiz.questions.length);
  });

  test('keys go to paired kiosks only', async () => {
    for (const headers of [
      {},
      { 'x-kiosk': 'x'.repeat(43) },
      { authorization: await organiserToken() },
    ]) {
      const reply = await request('/api/jindu/kiosk', { headers });
      expect(problemOf(reply)).toEqual([401, 'kiosk_not_paired']);
      expect(reply.text).not.toContain('"answer"');
    }
  });

  test('a kiosk token can do nothing an organiser or teacher can', async () => {
    const { token } = await pairedKiosk();
    const asKiosk = [
      { 'x-kiosk': token },
      { authorization: token },
      { authorization: `Bearer ${token}` },
    ];
    for (const headers of asKiosk) {
      expect((await request('/api/jindu/kiosks', { headers })).status).toBe(403);
      expect(
        (await request('/api/jindu/kiosks', { headers, body: { name: 'x', pin: '1234' } })).status,
      ).toBe(403);
      expect([401, 403]).toContain(
        (await request('/api/jindu/pledges/export.csv', { headers })).status,
      );
      const keys = await request('/api/collections/answer_keys/records', { headers });
      expect(keys.text).not.toContain('"answer"');
      expect([401, 403, 404]).toContain(
        (await request('/api/collections/kiosks/records', { headers })).status,
      );
      expect([400, 401, 403]).toContain(
        (await request('/api/collections/_superusers/auth-refresh', { headers, body: {} })).status,
      );
    }
  });

  test('revoking stops the token and any unused code at once', async () => {
    const { id, token } = await pairedKiosk();
    const revoked = await request(`/api/jindu/kiosks/${id}/revoke`, {
      headers: { authorization: await organiserToken() },
      body: {},
    });
    expect(revoked.status).toBe(200);
    expect(problemOf(await request('/api/jindu/kiosk', { headers: { 'x-kiosk': token } }))).toEqual(
      [401, 'kiosk_not_paired'],
    );
    expect(problemOf(await flush(token, visitorActions(1)))).toEqual([401, 'kiosk_not_paired']);
  });

  test('pairing a replacement screen unpairs the old one', async () => {
    const { id, token } = await pairedKiosk();
    const fresh = await request<{ pairingCode: string }>(`/api/jindu/kiosks/${id}/pairing`, {
      headers: { authorization: await organiserToken() },
      body: {},
    });
    expect((await request('/api/jindu/kiosk', { headers: { 'x-kiosk': token } })).status).toBe(200);
    const replacement = await pair(fresh.body.pairingCode);
    expect(replacement.status).toBe(200);
    expect((await request('/api/jindu/kiosk', { headers: { 'x-kiosk': token } })).status).toBe(401);
    const headers = { 'x-kiosk': replacement.body.token };
    expect((await request('/api/jindu/kiosk', { headers })).status).toBe(200);
  });
});

describe('the offline queue’s batches', () => {
  test('each item is stored once, however often and however concurrently it is sent', async () => {
    const { id, token } = await pairedKiosk();
    const items = visitorActions(60);
    const pledges = items.filter((item) => item.kind === 'pledge');
    const before = await freshStats();
    const first = await flush(token, items.slice(0, 40));
    expect(first.status).toBe(200);
    expect(first.body.results.every((r) => r.status === 'stored')).toBe(true);
    // the tail of the first batch again, overlapping with the rest, twice at once
    const overlapping = items.slice(20);
    const [a, b] = await Promise.all([flush(token, overlapping), flush(token, overlapping)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const storedNow = [...a.body.results, ...b.body.results].filter((r) => r.status === 'stored');
    expect(storedNow).toHaveLength(20);
    const stored = await storedItems(id);
    expect(stored).toHaveLength(60);
    expect(new Set(stored.map((s) => s.key)).size).toBe(60);
    await sleep(1_100); // the stats are computed at most once a second
    const after = await freshStats();
    expect(after.total - before.total).toBe(pledges.length);
    const codes = pledges.map((p) => (p.data as { code: string }).code);
    const rows = await storedPledges(codes.map((_, i) => `code = {:c${i}}`).join(' || '), {
      ...Object.fromEntries(codes.map((c, i) => [`c${i}`, c])),
    });
    expect(rows).toHaveLength(pledges.length);
  });

  test('a malformed item is rejected alone and stores nothing', async () => {
    const { id, token } = await pairedKiosk();
    const good = visitorActions(2);
    const bad: Item[] = [
      { key: 'short', kind: 'spot', at: Date.now(), data: {} },
      {
        key: itemKey(),
        kind: 'pledge',
        at: Date.now(),
        data: { ageBand: 'x', code: certificateCode() },
      },
      {
        key: itemKey(),
        kind: 'pledge',
        at: Date.now(),
        data: { ageBand: '18plus', code: 'lower' },
      },
      {
        key: itemKey(),
        kind: 'spot',
        at: Date.now() - 30 * 86_400_000,
        data: { model: 'a', picked: 'a', correct: true },
      },
      {
        key: itemKey(),
        kind: 'quiz',
        at: Date.now(),
        data: { quiz: 'kiosk-quick', answers: [], locale: 'en' },
      },
      { key: itemKey(), kind: 'vote', at: Date.now(), data: {} } as unknown as Item,
    ];
    const reply = await flush(token, [...good, ...bad]);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r) => r.status)).toEqual([
      'stored',
      'stored',
      ...bad.map(() => 'rejected'),
    ]);
    expect(reply.body.results[3]?.code).toBe('pledge_age_band_required');
    expect(await storedItems(id)).toHaveLength(2);
    expect(problemOf(await flush(token, []))).toEqual([400, 'kiosk_batch_invalid']);
    expect(problemOf(await flush(token, visitorActions(101)))).toEqual([
      400,
      'kiosk_batch_invalid',
    ]);
  });

  test('an under-14 booth pledge keeps no initial or region', async () => {
    const { token } = await pairedKiosk();
    const code = certificateCode();
    const item: Item = {
      key: itemKey(),
      kind: 'pledge',
      at: Date.now(),
      data: { ageBand: 'under14', initial: '张', province: '110000', city: '', code },
    };
    expect((await flush(token, [item])).body.results[0]?.status).toBe('stored');
    const [row] = await storedPledges('code = {:code}', { code });
    expect(row).toMatchObject({ age_band: 'under14', masked: '', province: '' });
  });

  test('each kiosk has its own rate limit', async () => {
    const limited = await pairedKiosk();
    const other = await pairedKiosk();
    const replies = [];
    for (let i = 0; i < 21; i++) replies.push(await flush(limited.token, visitorActions(1)));
    expect(replies.slice(0, 20).every((r) => r.status === 200)).toBe(true);
    expect(problemOf(replies[20]!)).toEqual([429, 'kiosk_rate_limited']);
    expect(await storedItems(limited.id)).toHaveLength(20);
    expect((await flush(other.token, visitorActions(1))).status).toBe(200);
  });
});

describe('a booth PC forwarding its items to the central server', () => {
  /** Runs `npm run kiosk:forward` from this server to itself, as another booth. */
  async function forward(code: string) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/kiosk-forward.mjs', '--from', baseURL(), '--to', baseURL(), '--code', code],
      {
        env: {
          ...process.env,
          JINDU_ADMIN_EMAIL: superuser.email,
          JINDU_ADMIN_PASSWORD: superuser.password,
        },
      },
    );
    return stdout;
  }

  test('every local item arrives once, however often it is forwarded', async () => {
    const local = await pairedKiosk();
    expect((await flush(local.token, visitorActions(9))).status).toBe(200);
    const central = await createKiosk({ name: 'Central booth' });
    const first = await forward(central.pairingCode!);
    const stored = await storedItems(central.id);
    expect(stored.length).toBeGreaterThanOrEqual(9);
    expect(first).toContain(`${stored.length} stored`);
    const again = await request<{ pairingCode: string }>(
      `/api/jindu/kiosks/${central.id}/pairing`,
      {
        headers: { authorization: await organiserToken() },
        body: {},
      },
    );
    const second = await forward(again.body.pairingCode);
    expect(second).toContain('0 stored');
    expect(await storedItems(central.id)).toHaveLength(stored.length);
  });
});
