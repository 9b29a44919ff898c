import { describe, expect, test } from 'vitest';
import { baseURL, request } from '../support/api';
import {
  asOrganiser,
  newOrganiser,
  table,
  takeQuiz,
  type FigureTable,
  type Figures,
} from '../support/organiserApi';
import { mustSign, proofs } from '../support/pledgeApi';
import { asSuperuser, newParticipant, problemOf, start } from '../support/quizApi';

/** GB/T 2260: 甘肃 and its capital 兰州, 江西 and its capital 南昌. */
const gansu = '620000';
const lanzhou = '620100';
const jiangxi = '360000';
const nanchang = '360100';

/** The figures once the background roll-up (every second in tests) has caught up. */
async function figuresWhen(
  organiser: { token: string },
  ready: (figures: Figures) => boolean,
  query = '',
): Promise<Figures> {
  let figures: Figures | undefined;
  await expect
    .poll(
      async () => {
        const reply = await asOrganiser<Figures>(organiser, `/figures${query}`);
        figures = reply.body;
        return reply.status === 200 && ready(reply.body);
      },
      { timeout: 15_000, interval: 300 },
    )
    .toBe(true);
  return figures!;
}

const rowFor = (figures: Figures, id: string, key: string) =>
  table(figures, id).rows.find((row) => row[0] === key);

describe('an organiser sees their own region only, in groups of five or more', () => {
  test('甘肃 sees 兰州 and nothing of 江西; 江西 sees its two players as "< 5"; the national office sees both', async () => {
    const gansuOffice = await newOrganiser(gansu);
    const jiangxiOffice = await newOrganiser(jiangxi);
    const national = await newOrganiser('');
    const players = [
      ...(await Promise.all(
        Array.from({ length: 5 }, () =>
          takeQuiz('test-public', { region: lanzhou, grade: 'junior' }),
        ),
      )),
      ...(await Promise.all(
        Array.from({ length: 2 }, () =>
          takeQuiz('test-public', { region: nanchang, grade: 'junior' }, { right: false }),
        ),
      )),
    ];
    const [proof] = await proofs(1);
    await mustSign({ name: '张三', ageBand: '18plus', province: gansu, city: lanzhou }, proof!);

    const seenInGansu = await figuresWhen(
      gansuOffice,
      (f) =>
        rowFor(f, 'by_region', lanzhou)?.[1] === 5 &&
        rowFor(f, 'pledges_by_region', lanzhou) !== undefined,
    );
    // five junior players, all right: 知晓率 and 优秀率 are 100 %
    expect(rowFor(seenInGansu, 'by_region', lanzhou)).toEqual([lanzhou, 5, 5, 5, 1, 1]);
    expect(rowFor(seenInGansu, 'pledges_by_region', lanzhou)).toEqual([lanzhou, '< 5']);
    // the score histogram counts the five, all right, in the top band and nobody elsewhere
    const histogram = table(seenInGansu, 'score_distribution');
    expect(histogram.columns).toEqual(['score_band', 'finished', 'finished_share']);
    expect(histogram.rows.map((row) => row[0])).toEqual([
      '0–9%',
      '10–19%',
      '20–29%',
      '30–39%',
      '40–49%',
      '50–59%',
      '60–69%',
      '70–79%',
      '80–89%',
      '90–100%',
    ]);
    expect(histogram.rows.at(-1)).toEqual(['90–100%', 5, 1]);
    expect(histogram.rows.slice(0, -1).map((row) => row[1])).toEqual(Array(9).fill(0));
    const gansuText = JSON.stringify(seenInGansu);
    expect(gansuText).not.toContain(nanchang);
    expect(gansuText).not.toContain(jiangxi);

    const seenInJiangxi = await figuresWhen(
      jiangxiOffice,
      (f) => rowFor(f, 'by_region', nanchang) !== undefined,
    );
    expect(rowFor(seenInJiangxi, 'by_region', nanchang)).toEqual([
      nanchang,
      '< 5',
      '< 5',
      '< 5',
      '< 5',
      '< 5',
    ]);
    expect(JSON.stringify(seenInJiangxi)).not.toContain(lanzhou);
    // the two who answered nothing are in the bottom band: too few to show, count or share
    expect(table(seenInJiangxi, 'score_distribution').rows[0]).toEqual(['0–9%', '< 5', '< 5']);
    expect(
      table(seenInJiangxi, 'score_distribution')
        .rows.slice(1)
        .map((row) => row[1]),
    ).toEqual(Array(9).fill(0));
    expect(table(seenInJiangxi, 'pledges_by_region').rows).toEqual([]);

    const seenNationally = await figuresWhen(
      national,
      (f) => rowFor(f, 'by_region', jiangxi) !== undefined,
    );
    expect(Number(rowFor(seenNationally, 'by_region', gansu)?.[1])).toBeGreaterThanOrEqual(5);
    expect(rowFor(seenNationally, 'by_region', jiangxi)?.[1]).toBe('< 5');

    // no nickname or participant id anywhere, on the page's figures or in the exports
    const csv = await asOrganiser(gansuOffice, '/export?table=by_region');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain(`${lanzhou},5,5,5,1,1`);
    expect(csv.text).not.toContain(nanchang);
    const histogramCsv = await asOrganiser(gansuOffice, '/export?table=score_distribution');
    expect(histogramCsv.text).toContain('90–100%,5,1');
    const everything = [gansuText, JSON.stringify(seenNationally), csv.text].join('\n');
    for (const player of players) {
      expect(everything).not.toContain(player.nickname);
      expect(everything).not.toContain(player.id);
    }
    // question health: questions answered fewer than five times in scope are left out (each
    // of the five players drew their own ten, so few or none reach five here)
    const health = await asOrganiser<FigureTable>(gansuOffice, '/questions');
    expect(health.status).toBe(200);
    expect(health.body.columns).toEqual([
      'question',
      'answers',
      'facility',
      'discrimination',
      'median_seconds',
      'distractors',
      'flags',
    ]);
    for (const row of health.body.rows) {
      expect(row[1]).toBeGreaterThanOrEqual(5);
      expect(row[2]).toBe(1);
      expect(row[6]).toContain('too_easy');
    }
    const workbook = await fetch(`${baseURL()}/api/jindu/organiser/export?format=xlsx`, {
      headers: { authorization: gansuOffice.token },
    });
    expect(workbook.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await workbook.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  test('guests, teachers and participants are refused; a reversed period is a clear error', async () => {
    expect(problemOf(await request('/api/jindu/organiser/figures'))).toEqual([
      401,
      'organiser_required',
    ]);
    const { token } = await newParticipant();
    expect(
      problemOf(
        await request('/api/jindu/organiser/figures', { headers: { 'x-participant': token } }),
      ),
    ).toEqual([401, 'organiser_required']);
    const office = await newOrganiser(gansu);
    expect(problemOf(await asOrganiser(office, '/figures?from=2026-12-01&to=2026-11-01'))).toEqual([
      400,
      'period_invalid',
    ]);
  });

  test('nobody signs up as an organiser; an unknown region is refused', async () => {
    const signUp = await request('/api/collections/organisers/records', {
      body: { email: 'me@jindu.test', password: 'password-123', passwordConfirm: 'password-123' },
    });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    const pb = await asSuperuser();
    await expect(
      pb.collection('organisers').create({
        email: 'bad-region@jindu.test',
        password: 'password-123',
        passwordConfirm: 'password-123',
        region: '999999',
      }),
    ).rejects.toThrow();
  });
});

describe('where quiz participants come from', () => {
  test('a bad region or grade is refused and starts nothing; a junior pupil’s school is not kept, a senior’s is', async () => {
    const { token } = await newParticipant();
    const badRegion = await start(token, 'test-public', { profile: { region: '999999' } });
    expect(problemOf(badRegion)).toEqual([400, 'region_invalid']);
    const badGrade = await start(token, 'test-public', { profile: { grade: 'kindergarten' } });
    expect(problemOf(badGrade)).toEqual([400, 'grade_band_invalid']);

    const junior = await takeQuiz('test-public', {
      region: lanzhou,
      grade: 'junior',
      school: '兰州第三中学',
    });
    const senior = await takeQuiz('test-public', {
      region: lanzhou,
      grade: 'senior',
      school: '兰州第三中学',
    });
    const pb = await asSuperuser();
    const attempts = await pb.collection('attempts').getFullList({
      filter: pb.filter('participant = {:a} || participant = {:b} || participant = {:c}', {
        a: junior.id,
        b: senior.id,
        c: (await newParticipant()).id,
      }),
    });
    const byParticipant = new Map(attempts.map((a) => [a.participant, a]));
    expect(byParticipant.get(junior.id)).toMatchObject({
      province: gansu,
      city: lanzhou,
      school: '',
      grade_band: 'junior',
    });
    expect(byParticipant.get(senior.id)).toMatchObject({
      school: '兰州第三中学',
      grade_band: 'senior',
    });
    expect(
      attempts.filter((a) => a.participant !== junior.id && a.participant !== senior.id),
    ).toEqual([]);
  });
});
