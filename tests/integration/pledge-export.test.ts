import { describe, expect, test } from 'vitest';
import {
  asSuperuser,
  call,
  mustSign,
  pledgeSuite,
  proofs,
  type Certificate,
  type Reply,
} from '../support/pledgeApi';

pledgeSuite();

/** The province this file signs in. */
const province = '620000';

const header = 'day,province,age_band,pledges';

/** The export as an organiser downloads it. */
async function exportAsOrganiser(): Promise<Reply<unknown>> {
  const pb = await asSuperuser();
  return call('/api/jindu/pledges/export.csv', { token: pb.authStore.token });
}

/** The export's rows as "day,province,age_band" → pledges. */
function rowsOf(csv: string): Map<string, number> {
  const lines = csv.trimEnd().split(/\r?\n/);
  expect(lines[0]).toBe(header);
  return new Map(
    lines.slice(1).map((line) => {
      const cells = line.split(',');
      expect(cells, line).toHaveLength(4);
      expect(cells[3], line).toMatch(/^[1-9]\d*$/);
      return [cells.slice(0, 3).join(','), Number(cells[3])];
    }),
  );
}

describe('the export for organisers', () => {
  test('guests and bad tokens are refused', async () => {
    for (const token of [undefined, 'nonsense', 'Bearer nonsense']) {
      const reply = await call('/api/jindu/pledges/export.csv', token ? { token } : {});
      expect([401, 403], String(token)).toContain(reply.status);
      expect(reply.text).not.toContain(header);
    }
  });

  test('a superuser gets counts by day, province and age band that match what was signed, and no names or codes', async () => {
    const before = await exportAsOrganiser();
    expect(before.status).toBe(200);
    const rowsBefore = rowsOf(before.text);

    const ready = await proofs(5);
    const signed: Certificate[] = [];
    signed.push(await mustSign({ name: 'Export One', province }, ready[0]!));
    signed.push(await mustSign({ name: 'Export Two', province, city: '620100' }, ready[1]!));
    signed.push(await mustSign({ name: '出口', ageBand: '14to17', province }, ready[2]!));
    signed.push(await mustSign({ name: 'Export Young', ageBand: 'under14' }, ready[3]!));
    signed.push(await mustSign({ name: 'Export Nowhere' }, ready[4]!));
    const day = signed[0]!.date;

    const after = await exportAsOrganiser();
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(after.headers.get('content-disposition')).toMatch(/^attachment/);
    const rows = rowsOf(after.text);
    const moved = (key: string) => (rows.get(key) ?? 0) - (rowsBefore.get(key) ?? 0);
    expect(moved(`${day},${province},18plus`)).toBe(2);
    expect(moved(`${day},${province},14to17`)).toBe(1);
    expect(moved(`${day},,under14`)).toBe(1);
    expect(moved(`${day},,18plus`)).toBe(1);
    for (const key of new Set([...rows.keys(), ...rowsBefore.keys()])) {
      if (![province, ''].includes(key.split(',')[1]!) || !key.startsWith(day)) {
        expect(moved(key), key).toBe(0);
      }
    }
    expect([...rows.keys()].filter((key) => key.endsWith(',under14'))).toEqual(
      [...rows.keys()].filter((key) => key.includes(',,under14')),
    );

    // the rows add up to every stored pledge, grouped the same way
    const pb = await asSuperuser();
    const stored = await pb
      .collection('pledges')
      .getFullList<{ day: string; province: string; age_band: string }>({
        fields: 'day,province,age_band',
      });
    const grouped = new Map<string, number>();
    for (const row of stored) {
      const key = `${row.day},${row.province},${row.age_band}`;
      grouped.set(key, (grouped.get(key) ?? 0) + 1);
    }
    expect(rows).toEqual(grouped);

    // counts only: no masked names, codes or schools
    expect(after.text).not.toContain('*');
    for (const certificate of signed) expect(after.text).not.toContain(certificate.code);
  });
});
